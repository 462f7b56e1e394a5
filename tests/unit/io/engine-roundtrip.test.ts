// The engine's own facts (buildFactBase over the shipped corpus) through export/import and search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFactBase } from '../../../lib/build-facts';
import type { Fact, Lang, SourceDocument } from '../../../lib/model';
import { exportFacts, importFacts } from '../../../lib/io/facts-json';
import { exportClaimReview, importClaimReview } from '../../../lib/io/claimreview';
import { buildSearchIndex, searchFacts } from '../../../lib/search';

const CORPUS = join(__dirname, '../../../public/corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; lang: Lang; title: string; published: string | null; outlet: string | null }> };
const docs: SourceDocument[] = manifest.documents.map((d) => ({ id: d.file, lang: d.lang, title: d.title, text: readFileSync(join(CORPUS, d.file), 'utf8'), published: d.published, outlet: d.outlet, origin: 'corpus' }));
const base = buildFactBase(docs);

describe('engine facts', () => {
  test('the corpus gives facts, and they pass the import checks', () => {
    expect(base.facts.length).toBeGreaterThan(5);
    const r = importFacts(JSON.stringify(base));
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  });

  test('export → import gives the same facts, and re-export the same bytes', () => {
    const text = exportFacts(base.facts);
    const r = importFacts(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts).toEqual(JSON.parse(JSON.stringify(base.facts)));
    expect(exportFacts(r.facts)).toBe(text);
  });

  test('ClaimReview export → import gives the same facts (the user\'s when the origin is unsaid)', () => {
    const r = importClaimReview(exportClaimReview(base.facts));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts).toEqual(JSON.parse(JSON.stringify(base.facts)).map((f: Fact) => ({ ...f, origin: f.origin ?? 'user' })));
  });

  test('the issue\'s queries find the right engine facts', () => {
    const ix = buildSearchIndex(base.facts);
    const top = (q: string) => searchFacts(ix, q).hits[0]?.fact;
    const nameOf = (q: string) => { const f = top(q); return f && 'name' in f.value ? f.value.name : undefined; };
    expect(nameOf('guteres')).toMatch(/Guterres/);
    expect(nameOf('luong cuong')).toBe('Lương Cường');
    const ch = top('chuong 9');
    expect(ch && 'amount' in ch.value ? [ch.value.amount, ch.value.unit] : null).toEqual([9, 'chapters']);
    const cer = searchFacts(ix, 'signing ceremony').hits.slice(0, 3).map((h) => h.fact.value);
    expect(cer).toContainEqual(expect.objectContaining({ start: '2025-10-25', end: '2025-10-26' }));
  });
});

describe('engine sources in cards', () => {
  test('every engine source has its value located in the quote when the document text is at hand, exactly where the engine read it', async () => {
    const { valueSpanInQuote } = await import('../../../lib/quote-span');
    const text = Object.fromEntries(docs.map((d) => [d.id, d.text]));
    let searched = 0, total = 0;
    for (const f of base.facts) {
      for (const [value, sources] of [[f.value, f.sources], ...f.variants.map((v) => [v.value, v.sources] as const)] as const) {
        for (const s of sources) {
          total++;
          const span = valueSpanInQuote(s, value, text[s.doc]);
          expect(span && s.quote.slice(span[0], span[1])).toBe(text[s.doc].slice(s.start, s.end));
          if (valueSpanInQuote(s, value)) searched++;
        }
      }
    }
    // Without the document text, searching still finds nearly all (values written in words are the exception).
    expect(searched / total).toBeGreaterThan(0.9);
  });
});

describe('search with the lexicon\'s labels', () => {
  test('French and Vietnamese names of posts find the people who hold them', async () => {
    const { lexiconSubjectTexts } = await import('../../../lib/search-lexicon');
    const ix = buildSearchIndex(base.facts, { subjectTexts: lexiconSubjectTexts() });
    const first = (index: typeof ix, q: string) => searchFacts(index, q).hits[0]?.fact;
    const name = (f?: { value: object }) => (f && 'name' in f.value ? (f.value as { name: string }).name : undefined);
    expect(name(first(ix, 'chu tich nuoc'))).toBe('Lương Cường');
  });
});
