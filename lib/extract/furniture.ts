// Page furniture in collected articles: repeated headline blocks, teaser cards of related
// articles, "read more" lists and link footers. Their paragraphs are flagged so that facts come
// from the article itself; a furniture paragraph may still state a fact about the corpus's subject
// (a related-article teaser), which the fact builder accepts only on explicit evidence.
import { paragraphs, type Span } from '../text/segment';

const MORE = /^(?:đọc thêm|xem thêm|tin liên quan|read more|related|see also|lire aussi|à lire aussi|voir aussi|phiên bản di động|mobile version)\b/iu;

export function furnitureParagraphs(text: string): boolean[] {
  const paras: Span[] = paragraphs(text);
  const body = paras.map((p) => text.slice(p.start, p.end));
  const count = new Map<string, number>();
  for (const b of body) count.set(b, (count.get(b) ?? 0) + 1);
  const flags = body.map(() => false);
  let afterMore = false;
  body.forEach((b, i) => {
    const dup = (count.get(b) ?? 0) > 1;
    const teaserEnd = /(?:\.\.\.|…)\s*$/u.test(b);
    const listWithDate = /^[-•*]\s/.test(b) && /\d{4}\s*$/.test(b);
    const related = /^>>/.test(b);
    if (MORE.test(b)) afterMore = true;
    // the first line is the headline, even when a furniture block repeats it
    if (i === 0) return;
    flags[i] = dup || teaserEnd || listWithDate || related || afterMore;
    // the teaser under a repeated headline card
    if (!flags[i] && i > 0 && body[i - 1] === body[i - 2] && flags[i - 1]) flags[i] = true;
  });
  return flags;
}

/** Paragraph spans with their furniture flag. */
export function markedParagraphs(text: string): (Span & { furniture: boolean })[] {
  const flags = furnitureParagraphs(text);
  return paragraphs(text).map((p, i) => ({ ...p, furniture: flags[i] }));
}
