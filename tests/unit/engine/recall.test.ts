// Which facts the builder reads from documents of our own (invented people and events, in en/fr/vi):
// each class of sentence with a case that builds a fact and one that does not.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates';
import { foldWithMap } from '../../../lib/text/fold';
import { defaultLexicon } from '../../../lib/lexicon';
import type { Lang } from '../../../lib/model';

const lex = defaultLexicon();
const dates = (text: string, lang: Lang) =>
  findDates(foldWithMap(text), lex, lang).map((d) => [text.slice(d.start, d.end), d.year, d.year2 ?? null, d.precision]);

describe('spans of years', () => {
  it.each([
    ['en', 'a second term (2019-2024).', '2019-2024', 2019, 2024],
    ['en', 'the 2030–2035 plan', '2030–2035', 2030, 2035],
    ['en', 'from 2019 to 2024 she chaired it', '2019 to 2024', 2019, 2024],
    ['fr', 'de 2019 à 2024, il a dirigé', '2019 à 2024', 2019, 2024],
    ['fr', 'entre 2019 et 2024', '2019 et 2024', 2019, 2024],
    ['vi', 'từ năm 2019 đến năm 2024', '2019 đến năm 2024', 2019, 2024],
  ] as const)('%s: %s', (lang, text, span, y1, y2) => {
    expect(dates(text, lang)).toEqual([[span, y1, y2, 'year']]);
  });
  it('two years that only stand near each other are two years; a backwards span is none', () => {
    expect(dates('in 2019 and 2024', 'en')).toEqual([['2019', 2019, null, 'year'], ['2024', 2024, null, 'year']]);
    expect(dates('2019 to 2024', 'en')).toEqual([['2019', 2019, null, 'year'], ['2024', 2024, null, 'year']]);
    expect(dates('ticket 2024-2019', 'en')).toEqual([]);
    expect(dates('code 2019-2024-7', 'en')).toEqual([]);
  });
});
