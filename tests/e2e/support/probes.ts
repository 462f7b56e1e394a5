// Functions evaluated inside the browser pages (page's main world). They must stay self-contained:
// they are serialised and run in the browser.

export interface HighlightState {
  supported: boolean;
  match: string[] | null;
  conflict: string[] | null;
}

/** What CSS.highlights holds under Factlens's names, as the text of each range. */
export function readHighlights(): HighlightState {
  // No inner named functions here: tsx (the demo) would wrap them in a __name() helper that does
  // not exist in the page.
  const css = globalThis.CSS as typeof CSS | undefined;
  if (!css || !('highlights' in css)) return { supported: false, match: null, conflict: null };
  const out: HighlightState = { supported: true, match: null, conflict: null };
  for (const verdict of ['match', 'conflict'] as const) {
    const h = css.highlights.get(`factlens-${verdict}`);
    out[verdict] = h ? [...h].map((r) => (r as Range).toString()) : null;
  }
  return out;
}

/** Installed before the page loads: counts DOM mutations made after the page finished parsing. */
export function watchMutations(): void {
  const w = window as unknown as { __mutations: string[] };
  w.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) w.__mutations.push(`${r.type}${r.attributeName ? ` ${r.attributeName}` : ""} on <${(r.target as Element).nodeName}>`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The live DOM compared with the served HTML parsed by the same browser: equal when untouched. */
export async function domUnchanged(): Promise<{ same: boolean; mutations: string[]; live: number; parsed: number }> {
  const source = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
  const live = document.documentElement.outerHTML;
  const mutations = (window as unknown as { __mutations?: string[] }).__mutations ?? ['watchMutations was not installed'];
  return { same: parsed === live, mutations, live: live.length, parsed: parsed.length };
}

/** Runs in the page: the first line box of the mark with this text, scrolled into view. */
export function markBox({ verdict, text }: { verdict: 'match' | 'conflict'; text: string }) {
  const h = CSS.highlights.get(`factlens-${verdict}`);
  const r = h ? ([...h] as Range[]).find((x) => x.toString() === text) : undefined;
  if (!r) return null;
  r.startContainer.parentElement!.scrollIntoView({ block: 'nearest' });
  const b = r.getClientRects()[0];
  return { x: b.x, y: b.y, width: b.width, height: b.height, dpr: devicePixelRatio };
}
