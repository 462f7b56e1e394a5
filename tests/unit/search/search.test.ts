import { describe, expect, test } from 'vitest';
import { boundedDistance, buildSearchIndex, searchFacts, tokenize } from '../../../lib/search';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS, chapters, delegates, president, secretaryGeneral, session, signingDate } from '../fixtures/hand-made-facts';
import { syntheticFacts } from '../fixtures/synthetic-facts';

const ix = buildSearchIndex(FIXTURE_FACTS);
const ids = (q: string, index = ix) => searchFacts(index, q).hits.map((h) => h.fact.id);
const top = (q: string, index = ix) => ids(q, index)[0];

describe('tokenize', () => {
  test('folds case, accents, đ, and joins grouped thousands', () => {
    expect(tokenize('Lương Cường, Đại sứ')).toEqual(['luong', 'cuong', 'dai', 'su']);
    expect(tokenize('Over 1,000 delegates; 1.000 délégués; 1\u202f000')).toEqual(['over', '1000', 'delegates', '1000', 'delegues', '1000']);
    expect(tokenize('25-26/10, 2025 100')).toEqual(['25', '26', '10', '2025', '100']);
    // NFD input folds the same as NFC
    expect(tokenize('Lương Cường'.normalize('NFD'))).toEqual(['luong', 'cuong']);
  });

  test('edit distance counts a transposition as one edit and stops early', () => {
    expect(boundedDistance('guteres', 'guterres', 1)).toBe(1);
    expect(boundedDistance('gutrerres', 'guterres', 1)).toBe(1);
    expect(boundedDistance('ceremonie', 'ceremony', 2)).toBe(2);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('the queries of the issue', () => {
  test('"guteres" (typo) finds Guterres', () => expect(top('guteres')).toBe(secretaryGeneral.id));
  test('"luong cuong" (no diacritics) finds Lương Cường first', () => expect(top('luong cuong')).toBe(president.id));
  test('"Lương Cường" typed in NFD finds the same fact', () => expect(top('Lương Cường'.normalize('NFD'))).toBe(president.id));
  test('"chuong 9" finds the 9-chapter fact through the Vietnamese quote "9 chương"', () => {
    expect(ids('chuong 9')).toEqual([chapters.id]);
  });
  test('"cérémonie" finds the ceremony facts (French quotes and the English "ceremony" label)', () => {
    const found = ids('cérémonie');
    expect(found[0]).toBe(signingDate.id);
    expect(found).toContain(president.id === found[0] ? president.id : secretaryGeneral.id);
    expect(ids('ceremonie')).toEqual(found);
  });
});

describe('ranking', () => {
  const facts: Fact[] = [
    { ...delegates, id: 'quote-only', subjectLabel: 'Delegates', sources: [{ ...delegates.sources[0], quote: 'Waly spoke to the delegates' }] },
    { ...president, id: 'name-exact', value: { name: 'Ghada Waly', aliases: [], role: 'Executive Director' } },
    { ...president, id: 'name-prefix', value: { name: 'Walyson Hart', aliases: [] } },
    { ...president, id: 'name-fuzzy', value: { name: 'Wal Mart', aliases: ['Waly Marton'] } },
    { ...president, id: 'name-typo', value: { name: 'Ghada Walx', aliases: [] } },
  ];
  const rix = buildSearchIndex(facts);

  test('exact token beats prefix, which beats a typo; a name beats a quote', () => {
    expect(ids('waly', rix)).toEqual(['name-exact', 'name-fuzzy', 'name-prefix', 'name-typo', 'quote-only']);
  });

  test('a prefix beats a typo: "walys" is the start of "Walyson" and one edit from "Waly"', () => {
    const found = ids('walys', rix);
    expect(found[0]).toBe('name-prefix');
    expect(found.slice(1, 3).sort()).toEqual(['name-exact', 'name-fuzzy']);
    expect(found[3]).toBe('quote-only');
  });

  test('words under 4 letters are not matched by typo: "wax" finds nothing, "wal" only by prefix', () => {
    expect(ids('wax', rix)).toEqual([]);
    expect(ids('wal', rix)[0]).toBe('name-fuzzy'); // exact token "wal" of "Wal Mart"
  });

  test('numbers are never fuzzy: 1001 does not find 1,000', () => {
    expect(ids('1001')).toEqual([]);
    expect(top('1,000')).toBe(delegates.id);
    expect(top('1000 delegates')).toBe(delegates.id);
    expect(top('1 000 délégués'.replace(' ', '\u00a0'))).toBe(delegates.id);
  });

  test('every word must match; small words are optional', () => {
    expect(ids('guterres luong').sort()).toEqual([president.id, secretaryGeneral.id].sort());
    const r = searchFacts(ix, 'guterres delegates'); // no fact has both words
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.fact.id)).toEqual(expect.arrayContaining([secretaryGeneral.id, delegates.id]));
    expect(ids('the guterres')).toContain(secretaryGeneral.id);
    expect(ids('de la guterres')[0]).toBe(secretaryGeneral.id);
  });

  test('when no fact matches every word, close matches are flagged partial', () => {
    const r = searchFacts(ix, 'guterres zzzzqqq');
    expect(r.partial).toBe(true);
    expect(r.hits[0].fact.id).toBe(secretaryGeneral.id);
    expect(searchFacts(ix, 'guterres').partial).toBe(false);
  });

  test('dates are found by how people write them, in any language', () => {
    expect(top('25 October')).toBe(signingDate.id);
    expect(top('25 octobre')).toBe(signingDate.id);
    expect(top('25/10')).toBe(signingDate.id);
    expect(top('2025-10-25')).toBe(signingDate.id);
    expect(top('vienna')).toBe(session.id);
  });

  test('as-you-type prefixes narrow down', () => {
    expect(ids('g')).toContain(secretaryGeneral.id);
    expect(top('gute')).toBe(secretaryGeneral.id);
    expect(top('luong cu')).toBe(president.id);
  });

  test('an empty query or an empty base gives nothing', () => {
    expect(searchFacts(ix, '   ').hits).toEqual([]);
    expect(searchFacts(buildSearchIndex([]), 'guterres').hits).toEqual([]);
  });

  test('variant values are searchable: the disputed single-day date of doc 002', () => {
    expect(ids('25th')).toContain(signingDate.id);
  });
});

describe('on 10,000 facts (speed is measured by npm run bench, tests/bench/ui.ts)', () => {
  const big = [...syntheticFacts(10_000), ...FIXTURE_FACTS];
  const bix = buildSearchIndex(big);

  test('the index still finds the right fact among 10,000', () => {
    expect(searchFacts(bix, 'guteres').hits[0].fact.id).toBe(secretaryGeneral.id);
    expect(searchFacts(bix, 'luong cuong').hits[0].fact.id).toBe(president.id);
    expect(searchFacts(bix, 'zzzz').hits).toEqual([]);
  });
});

describe('extra subject names', () => {
  test('the lexicon\'s French and Vietnamese subject labels can be indexed as the subject', () => {
    const labels: Record<string, string[]> = { 'viet-nam.state-president': ['Chủ tịch nước', 'Président du Vietnam'] };
    const withLabels = buildSearchIndex(FIXTURE_FACTS, { subjectTexts: (f) => labels[f.subject] ?? [] });
    expect(searchFacts(ix, 'chu tich nuoc').hits.map((h) => h.fact.id)).not.toContain(president.id);
    const r = searchFacts(withLabels, 'chu tich nuoc');
    expect([r.partial, r.hits.map((h) => h.fact.id)]).toEqual([false, [president.id]]);
  });
});
