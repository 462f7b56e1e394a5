// Turning an uploaded file into a JSON value with errors a person can act on: size first (a 50 MB
// file is refused before it is decoded), then UTF-8, then JSON syntax with line and column.

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type JsonInput = string | Uint8Array | ArrayBuffer;

export type ParsedJson = { ok: true; value: unknown } | { ok: false; path: string; message: string };

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

export function tooLargeMessage(size: number, max: number): string {
  return `The file is ${formatBytes(size)}; the limit is ${formatBytes(max)}. Nothing was read. Split it or export a filtered view.`;
}

/** Byte length of a string as UTF-8, without allocating the encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Line and column (1-based) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}

/**
 * Offset of the first JSON syntax error, found by a small scanner of our own: engines word their
 * JSON.parse errors differently and some (V8 for "[,]") give no position at all. -1: no error seen.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++; };
  const str = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { i++; return false; } i += 6; }
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else { i++; return false; }
      } else i++;
    }
    return false;
  };
  const num = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Iterative over an explicit stack of open containers, so hostile nesting cannot overflow ours.
  const stack: Array<'[' | '{'> = [];
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) { i += lit.length; return true; }
    return false;
  };
  // Expecting a value at i; containers are opened here and closed in the loop below.
  let wantValue = true;
  for (;;) {
    ws();
    if (wantValue) {
      const c = text[i];
      if (c === '[' || c === '{') {
        i++; ws();
        if (text[i] === (c === '[' ? ']' : '}')) { i++; wantValue = false; }
        else {
          stack.push(c);
          if (c === '{') {
            if (text[i] !== '"' || !str()) return Math.min(i, n);
            ws();
            if (text[i] !== ':') return Math.min(i, n);
            i++;
          }
          continue;
        }
      } else if (!scalar()) return Math.min(i, n);
      wantValue = false;
      continue;
    }
    // After a value: close containers, or a comma for the next member.
    const top = stack[stack.length - 1];
    if (!top) break;
    if (text[i] === ',') {
      i++;
      if (top === '{') {
        ws();
        if (text[i] !== '"' || !str()) return Math.min(i, n);
        ws();
        if (text[i] !== ':') return Math.min(i, n);
        i++;
      }
      wantValue = true;
      continue;
    }
    if (text[i] === (top === '[' ? ']' : '}')) { i++; stack.pop(); continue; }
    return Math.min(i, n);
  }
  ws();
  return i < n ? i : -1;
}

/** Where a JSON.parse error happened: our scanner first, else the engine's message. */
function syntaxErrorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const at = jsonErrorOffset(text);
  if (at >= 0) return lineColumn(text, at);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: +lc[1], column: +lc[2] };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineColumn(text, +pos[1]);
  if (/end of (JSON|data)|Unexpected end/i.test(message)) return lineColumn(text, text.length);
  return undefined;
}

export function parseJsonText(input: JsonInput, maxBytes = DEFAULT_MAX_BYTES): ParsedJson {
  let text: string;
  if (typeof input === 'string') {
    // Cheap upper bound first so a huge string is not walked twice.
    const size = input.length > maxBytes ? input.length : utf8Length(input);
    if (size > maxBytes) return { ok: false, path: '(file)', message: tooLargeMessage(size, maxBytes) };
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > maxBytes) return { ok: false, path: '(file)', message: tooLargeMessage(bytes.byteLength, maxBytes) };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, path: '(file)', message: 'The file is not UTF-8 text. Save it as UTF-8 JSON and try again.' };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, path: '(file)', message: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const at = syntaxErrorPlace(text, msg);
    const where = at ? `line ${at.line}, column ${at.column}` : 'unknown place';
    return { ok: false, path: at ? `(line ${at.line}, column ${at.column})` : '(file)', message: `The file is not valid JSON (${where}): ${msg.replace(/^JSON\.parse: /, '')}` };
  }
}

/** JSON text: head, then one item per line, then tail (exports: diffable, without indentation). */
export function jsonLines(head: string, items: readonly string[], tail: string): string {
  return items.length ? `${head}\n${items.join(',\n')}\n${tail}\n` : `${head}${tail}\n`;
}
