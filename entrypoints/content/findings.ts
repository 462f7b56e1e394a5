// The popup's view of this page: the list of marks (conflicts first) and "show me that one",
// plus the user's mark colours. Kept apart from index.ts so that whatever keeps the marks (the
// one-shot check or the live page marker) only hands over a getter.
import { listFindings, findMark, revealMark, type PlacedFinding } from '@/lib/dom/reveal';
import { DEFAULT_DISPLAY, displayColours } from '@/lib/ext/display-settings';
import { forDarkPage, isDarkPage } from '@/lib/dom/page-tone';
import { tabMessenger } from '@/lib/ext/messaging';

/**
 * Answers listFindings and revealFinding from the current marks. `openCard` is called after the
 * scroll when the page has cards; without it the mark is only scrolled to and flashed.
 */
export function answerFindingRequests(
  marks: () => readonly PlacedFinding[],
  openCard?: (mark: PlacedFinding) => void | Promise<void>,
): () => void {
  const removers = [
    tabMessenger.onMessage('listFindings', () => listFindings(marks())),
    tabMessenger.onMessage('revealFinding', async ({ data }) => {
      const mark = findMark(marks(), data);
      if (!mark) return { found: false };
      const result = revealMark(mark);
      await openCard?.(mark);
      return result;
    }),
  ];
  return () => removers.forEach((r) => r());
}

let sheet: CSSStyleSheet | null = null;
let sheetText = '';
const dark = new WeakMap<Document, boolean>();

/** Whether the page is dark, read once (the first check's answer arrives after load). */
function darkPage(doc: Document): boolean {
  let d = dark.get(doc);
  if (d === undefined) dark.set(doc, (d = isDarkPage(doc)));
  return d;
}

/** The colours highlights.css draws with: the settings' defaults. */
export const STYLESHEET_COLOURS = displayColours(DEFAULT_DISPLAY);

/**
 * The ::highlight() rules that draw the marks in these colours, at highlights.css's densities.
 * Their selectors are more specific than highlights.css's: Firefox puts the extension's stylesheet
 * after the page's adopted sheets, so at equal specificity the default colours won there.
 */
export function markColourRules(match: string, conflict: string): string {
  // the same densities as highlights.css (22% match, 50% conflict): density, not hue, tells them apart
  const rule = (name: string, colour: string, alpha: string) =>
    `:root::highlight(${name}),:root *::highlight(${name}){text-decoration-color:${colour}!important;background-color:${colour}${alpha}!important}`;
  return rule('factlens-match', match, '38') + rule('factlens-conflict', conflict, '80');
}

/**
 * Draws the marks in the user's colours. An adopted stylesheet changes no node of the page (the
 * default colours come with highlights.css, and then no sheet is added at all).
 */
export function applyMarkColours(doc: Document, colours: { match: string; conflict: string } | undefined): void {
  if (!colours || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const safe = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : null);
  let match = safe(colours.match);
  let conflict = safe(colours.conflict);
  if (!match || !conflict) return;
  // on a dark page the same hues, lighter (the palette is chosen for white pages)
  if (darkPage(doc)) {
    match = forDarkPage(match);
    conflict = forDarkPage(conflict);
  }
  // Every check's answer carries the colours. Chromium restyles the whole page when a sheet is
  // added or its rules replaced (0.3-1.5 s per frame on a 5 MB page, once per checked chunk when
  // this was done for every answer), so the sheet changes only when the colours do, and is not
  // added while they are the stylesheet's own.
  const same = match.toLowerCase() === STYLESHEET_COLOURS.match && conflict.toLowerCase() === STYLESHEET_COLOURS.conflict;
  const text = same ? '' : markColourRules(match, conflict);
  if (text === sheetText) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(text);
    sheetText = text;
  } catch {
    // A page whose CSP forbids constructed sheets keeps the default colours.
  }
}
