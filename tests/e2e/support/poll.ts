// Polls until a condition holds, failing with the last value seen.
export async function pollUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeout = 30_000, interval = 200, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(
    `Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${lastError}` : ''}`,
  );
}
