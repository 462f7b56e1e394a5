// Page furniture (issue 12, point 4): navigation, sidebars and related-article lists, datelines,
// photo credits and the captions they sign are flagged, so that no fact is built from them; the
// article's own paragraphs are not. Lines from the shipped corpus, and lines written for the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { furnitureParagraphs, markedParagraphs } from '../../../lib/extract/furniture';
import { paragraphs } from '../../../lib/text/segment';
import { CORPUS_DIR } from './corpus';

const HEADLINE = 'Hanoi hosts the signing of the UN convention against cybercrime';
const BODY = 'The signing ceremony of the convention took place in Hanoi on 25-26 October 2025, with delegates from over 70 countries.';

/** The flag of each line of a page made of these lines, headline and article around them. */
function flagsOf(lines: string[]): Record<string, boolean> {
  const text = [HEADLINE, ...lines, BODY].join('\n');
  const flags = furnitureParagraphs(text);
  const out: Record<string, boolean> = {};
  paragraphs(text).forEach((p, i) => (out[text.slice(p.start, p.end)] = flags[i]));
  return out;
}
/** Is this position of the text in a flagged span? */
const inFurniture = (text: string, pos: number) => markedParagraphs(text).some((p) => p.furniture && p.start <= pos && pos < p.end);

describe('page furniture', () => {
  it('datelines: a line that is only a date and time, a "published" line, a metadata date', () => {
    const lines = ['Wed, 21st May 2025 06:24 (GMT +7)', 'Tuesday, 20/05/2025 | 23:02:45 [GMT +7] A  A', 'Cập nhật 10:30, 25/10/2025', 'Publié le 25 octobre 2025 à 10h30', 'Updated: October 26, 2025', 'date 2025-10-24'];
    const flags = flagsOf(lines);
    for (const l of lines) expect(flags[l], l).toBe(true);
    expect(flags[HEADLINE]).toBe(false);
    expect(flags[BODY]).toBe(false);
    // a sentence of the article that gives a time is not a dateline
    const timed = 'The ceremony opened at 10:00 on 25 October 2025 in the National Convention Center, the organisers said.';
    expect(flagsOf([timed])[timed]).toBe(false);
  });

  it('a page that opens with its dateline still has its headline as the first line of the article', () => {
    const text = ['Wed, 21st May 2025 06:24 (GMT +7)', HEADLINE, BODY].join('\n');
    expect(furnitureParagraphs(text)).toEqual([true, false, false]);
  });

  it('the dateline opening a paragraph ("HANOI (VNA) –") is furniture, the rest of the paragraph is not', () => {
    for (const opening of ['Hanoi (VNA) – ', 'HÀ NỘI – ', 'PARIS, 25 octobre (AFP) — ', 'date 2025-10-15 HÀ NỘI – ']) {
      const text = `${HEADLINE}\n${opening}${BODY}`;
      const at = text.indexOf(opening);
      expect(inFurniture(text, at), opening).toBe(true);
      expect(inFurniture(text, at + opening.length - 3), opening).toBe(true);
      expect(inFurniture(text, text.indexOf('25-26 October')), opening).toBe(false);
    }
    // a sentence that starts with a name and a dash is not a dateline
    const text = `${HEADLINE}\nViet Nam – UNODC cooperation was discussed in Hanoi on 21 October 2025.`;
    expect(inFurniture(text, text.indexOf('Viet Nam'))).toBe(false);
  });

  it('photo credits, the captions they sign, sources and contacts, follow and share lines', () => {
    const lines = [
      'Photo . VNA/CVN',
      'VNA/CVN',
      'Photo : VNA/CVN',
      'Source: VNS',
      'Delegates at the opening session in Hanoi on 25 October 2025. (Photo: VNA)',
      'Đoàn Việt Nam tham dự kỳ họp tại Vienna, Áo. (Ảnh: Bảo Chi)',
      'The delegation at the 34th session in Vienna, Austria. — Photo courtesy of the Ministry of Foreign Affairs',
      'The Director General speaks at the Plenary Session. Photo: VNA',
      'Editor;someone@example.org',
      'https://www.example.org/convention/text.html',
      'Theo dõi Baoquocte.vn trên',
      'Follow us on Facebook',
    ];
    const flags = flagsOf(lines);
    for (const l of lines) expect(flags[l], l).toBe(true);
    const photo = 'A photo exhibition on the convention opened in Hanoi on 25 October 2025, the organisers said.';
    expect(flagsOf([photo])[photo]).toBe(false);
  });

  it('navigation and breadcrumbs', () => {
    const lines = ['Home | World | Asia | Politics', 'Trang chủ › Thời sự › Ngoại giao', 'Accueil » Monde » Asie'];
    const flags = flagsOf(lines);
    for (const l of lines) expect(flags[l], l).toBe(true);
    const sentence = 'Ministers from Asia | Africa were absent, a source said on 25 October 2025 in Hanoi.';
    expect(flagsOf([sentence])[sentence]).toBe(false);
  });

  it('sidebars: repeated headline cards and their teasers, what follows a "Read more" heading, ">>" and dated link lists', () => {
    const card = 'Viet Nam to host the signing of the convention';
    const teaser = 'On 24 December, in New York, the General Assembly adopted the convention and ...';
    const text = [HEADLINE, BODY, card, card, teaser, '>> Another article about the convention', '- Some other story - October 6, 2025', 'Read more', 'An unrelated story on 6 December 2025 in Kuala Lumpur.'].join('\n');
    expect(furnitureParagraphs(text)).toEqual([false, false, true, true, true, true, true, true, true]);
  });

  it('a paragraph of the article that ends with an ellipsis is not a teaser; "Related to …" in a sentence is not a sidebar heading', () => {
    const list = 'Before that, events presenting the convention were held in Bangkok (Thailand), San Jose (Costa Rica), Vienna (Austria)…';
    const related = 'Related events were held in Vienna on 19 May 2025, the ministry said.';
    const text = [HEADLINE, BODY, list, related, BODY.replace('Hanoi', 'Hà Nội')].join('\n');
    expect(furnitureParagraphs(text)).toEqual([false, false, false, false, false]);
  });

  it('in the shipped corpus: the sidebar teaser of 001 naming New York, the datelines and credits of 000 and 004 are furniture; the article paragraphs with the key facts are not', () => {
    const read = (prefix: string) => {
      const file = readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8').match(new RegExp(`"(${prefix}_[0-9a-f]+\\.txt)"`))![1];
      return readFileSync(join(CORPUS_DIR, file), 'utf8');
    };
    const v001 = read('001');
    expect(inFurniture(v001, v001.indexOf('Ngày 24/12, tại New York'))).toBe(true);
    expect(inFurniture(v001, v001.indexOf('Đọc thêm'))).toBe(true);
    expect(inFurniture(v001, v001.indexOf('sẽ diễn ra từ ngày 25-26/10'))).toBe(false);
    expect(inFurniture(v001, v001.indexOf('Trước đó, Việt Nam đã phối hợp'))).toBe(false);
    const e000 = read('000');
    for (const line of ['Wed, 21st May 2025', 'Tuesday, 20/05/2025', 'Photo courtesy', 'Source: VNS']) expect(inFurniture(e000, e000.indexOf(line)), line).toBe(true);
    expect(inFurniture(e000, e000.indexOf('scheduled for October 25-26'))).toBe(false);
    const f004 = read('004');
    expect(inFurniture(f004, f004.indexOf('Photo . VNA/CVN'))).toBe(true);
    expect(inFurniture(f004, f004.indexOf('a reçu le 21 octobre'))).toBe(false);
  });
});
