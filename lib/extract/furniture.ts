// Page furniture in collected articles: what a page carries around its article and a reader does
// not take as the article's statements. Its spans are flagged so that no fact is built from them:
//   - sidebars and related-article lists: repeated headline blocks with their teasers, "read more"
//     and "related" sections (everything after such a heading), ">>" links, "- title - date" lists;
//   - navigation, sharing and follow lines (short lines cut by | › »; "Follow us on", "Share");
//   - datelines: a line that is only a date and time, and the "HANOI (VNA) –" or "date yyyy-mm-dd"
//     that opens a paragraph (where the story was filed, not where its events were);
//   - photo credits and the captions they sign ("(Photo: VNA)", "Ảnh: …", "Photo . VNA/CVN"),
//     source and contact lines ("Source: VNS", an e-mail address).
// Only the shape of a line is read (no subject, no value): pages by any outlet, in any language
// the engine reads.
import { paragraphs, type Span } from '../text/segment';

/** A heading after which the rest of the page is other articles. */
const MORE = /^(?:đọc thêm|xem thêm|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|bài viết liên quan|read more|related(?: articles| news| stories)?|see also|more stories|more from|most read|most popular|latest news|you may also like|lire aussi|à lire aussi|voir aussi|sur le même sujet|dans la même rubrique|autres articles|les plus lus|phiên bản di động|mobile version)\s*:?$/iu;
/** A line that follows, shares or prints the page. */
const SOCIAL = /^(?:theo dõi|follow(?: us)?|suivez(?:-nous)?|share(?: this)?|chia sẻ|partager|tweet|print|in bài|imprimer)\b/iu;
/** Words a photo credit or source line starts with. */
const CREDIT_WORD = String.raw`(?:photos?|ảnh|crédits?(?: photo)?|credits?|nguồn(?: ảnh)?|source|sources|theo)`;
const CREDIT_LINE = new RegExp(String.raw`^${CREDIT_WORD}\s*[:.]\s*\S`, 'iu');
/** A caption signed at its end: "(Photo: VNA)", "(Ảnh: Bảo Chi)", ". Photo: VNA", "— Photo courtesy of …". */
const SIGNED_CAPTION = new RegExp(String.raw`(?:\(\s*${CREDIT_WORD}\s*:[^()]{1,60}\)|[.!?]\s+${CREDIT_WORD}\s*:\s*[^.]{1,40}|[–—]\s*(?:photo|ảnh)\b[^.]{0,60})\.?\s*$`, 'iu');
/** An agency signature alone: "VNA/CVN", "AFP". */
const AGENCY = /^\p{Lu}{2,}(?:\s*\/\s*\p{Lu}{2,})*\.?$/u;
const EMAIL = /\S+@\S+\.\p{L}{2,}/u;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
/** A clock time (23:02, 10h30) or a time zone: a publication line, with a date beside it. */
const CLOCK = /\b\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})\b|\b(?:GMT|UTC|ICT)\b/u;
const PUBLISHED = /^(?:published|updated|posted|publié|mis à jour|cập nhật|đăng(?: lúc| ngày)?)\b/iu;
/** The metadata date some collected articles open with. */
const DATE_FIELD = /^date \d{4}-\d{2}-\d{2}\b\s*/u;
/**
 * "HÀ NỘI –", "Hanoi (VNA) –", "PARIS, 25 octobre (AFP) —": a place in capitals, or a place and an
 * agency in brackets, then a dash.
 */
const DATELINE_PREFIX =
  /^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:\s*,\s*[\p{L}\d ]{1,25})?(?:\s*\(\p{Lu}[\p{Lu}/]{1,10}\))?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,\s*[\p{L}\d ]{1,25})?\s*\(\p{Lu}[\p{Lu}/]{1,10}\))\s*[–—-]\s+/u;
/** Separators of menus and breadcrumbs. */
const NAV_SEPARATORS = /\s[|›»>·]\s/gu;

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const isShort = (s: string, maxWords: number) => words(s) <= maxWords;

/** A headline: one line of at most 30 words that does not end a sentence. */
function isHeadline(s: string | undefined): boolean {
  return !!s && isShort(s, 30) && !/[.…:;]["”»)]?$/u.test(s);
}

/** A line that is only a date and time (with a weekday or "GMT +7"), or a "published on" line. */
function isDateline(s: string): boolean {
  if (!/\d/u.test(s) || !isShort(s, 12)) return false;
  if (DATE_FIELD.test(s) && s.replace(DATE_FIELD, '') === '') return true;
  return CLOCK.test(s) || PUBLISHED.test(s);
}

/** Menus and breadcrumbs: short lines cut in three or more pieces of a few words each. */
function isNavigation(s: string): boolean {
  const pieces = s.split(NAV_SEPARATORS);
  return pieces.length >= 3 && pieces.every((p) => isShort(p, 4));
}

/** Credits, captions they sign, sources, contacts, follow and share lines. */
function isCreditOrContact(s: string): boolean {
  if (SIGNED_CAPTION.test(s)) return true;
  if (!isShort(s, 12)) return false;
  return CREDIT_LINE.test(s) || AGENCY.test(s) || EMAIL.test(s) || URL_LINE.test(s) || SOCIAL.test(s);
}

export function furnitureParagraphs(text: string): boolean[] {
  const paras: Span[] = paragraphs(text);
  const body = paras.map((p) => text.slice(p.start, p.end));
  const count = new Map<string, number>();
  for (const b of body) count.set(b, (count.get(b) ?? 0) + 1);
  const flags = body.map(() => false);
  let afterMore = false;
  let headlineSeen = false;
  body.forEach((b, i) => {
    if (isShort(b, 6) && MORE.test(b)) afterMore = true;
    const ownLine = isDateline(b) || isNavigation(b) || isCreditOrContact(b);
    // The article's headline is its first line that is not a dateline, menu or credit, even when
    // a furniture block repeats it further down.
    if (!headlineSeen && !ownLine) {
      headlineSeen = true;
      return;
    }
    const dup = (count.get(b) ?? 0) > 1;
    // a teaser: a snippet cut short under the headline of another article
    const teaser = /(?:\.\.\.|…)\s*$/u.test(b) && isHeadline(body[i - 1]) && (flags[i - 1] || (count.get(body[i - 1]) ?? 0) > 1);
    const listWithDate = /^[-•*]\s/u.test(b) && /\d{4}\s*$/u.test(b);
    const related = /^>>/u.test(b);
    flags[i] = ownLine || dup || teaser || listWithDate || related || afterMore;
    // the teaser under a repeated headline card
    if (!flags[i] && i > 1 && body[i - 1] === body[i - 2] && flags[i - 1]) flags[i] = true;
  });
  return flags;
}

/** The dateline opening a paragraph ("HÀ NỘI –", "date 2025-10-21"), as an offset span within it. */
export function datelinePrefix(text: string, para: Span): Span | null {
  const s = text.slice(para.start, para.end);
  const field = DATE_FIELD.exec(s)?.[0].length ?? 0;
  const place = DATELINE_PREFIX.exec(s.slice(field));
  const end = field + (place && isShort(place[0], 8) ? place[0].length : 0);
  return end > 0 ? { start: para.start, end: para.start + end } : null;
}

/**
 * Paragraph spans with their furniture flag, then (flagged, inside the paragraphs they open) the
 * datelines that open article paragraphs. A position is furniture when a flagged span holds it.
 */
export function markedParagraphs(text: string): (Span & { furniture: boolean })[] {
  const paras = paragraphs(text);
  const flags = furnitureParagraphs(text);
  const out = paras.map((p, i) => ({ ...p, furniture: flags[i] }));
  paras.forEach((p, i) => {
    if (flags[i]) return;
    const prefix = datelinePrefix(text, p);
    if (prefix && prefix.end < p.end) out.push({ ...prefix, furniture: true });
  });
  return out;
}
