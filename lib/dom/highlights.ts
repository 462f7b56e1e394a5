// The names of Factlens's two highlights in CSS.highlights (marks.ts fills them; the ::highlight()
// styles come from the content script's stylesheet, so the page's DOM is untouched), and whether
// the browser has the CSS Custom Highlight API at all.
import type { Verdict } from '../model';

export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  match: 'factlens-match',
  conflict: 'factlens-conflict',
};

export function highlightsSupported(win: typeof globalThis = globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}
