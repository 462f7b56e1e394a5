import { describe, expect, test } from 'vitest';
import { exportFacts, importFacts, FACTS_FORMAT } from '../../../lib/io/facts-json';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS, delegates, president, signingDate } from '../fixtures/hand-made-facts';

const file = (facts: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: FACTS_FORMAT, facts, ...extra });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

function errorsOf(input: Parameters<typeof importFacts>[0], opts?: Parameters<typeof importFacts>[1]) {
  const r = importFacts(input, opts);
  if (r.ok) throw new Error('expected the import to be refused');
  return r.errors;
}

describe('import: a valid file', () => {
  test('hand-made fixture facts round-trip through export and import unchanged', () => {
    const r = importFacts(exportFacts(FIXTURE_FACTS));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.facts).toEqual(FIXTURE_FACTS);
  });

  test('export is stable: same facts with keys in another order give the same bytes', () => {
    const shuffled = FIXTURE_FACTS.map((f) => {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(f).reverse()) o[k] = (f as unknown as Record<string, unknown>)[k];
      return o as unknown as Fact;
    });
    expect(exportFacts(shuffled)).toBe(exportFacts(FIXTURE_FACTS));
    const text = exportFacts(FIXTURE_FACTS);
    // One fact per line: diffable, and no bigger than the facts need.
    expect(text.startsWith('{"format":"factlens-facts/1","facts":[\n{"id":')).toBe(true);
    expect(text.split('\n').length).toBe(FIXTURE_FACTS.length + 3);
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"kind"'));
  });

  test('re-exporting an imported file gives identical bytes', () => {
    const text = exportFacts(FIXTURE_FACTS);
    const r = importFacts(text);
    expect(r.ok && exportFacts(r.facts)).toBe(text);
  });

  test('bytes (UTF-8 with BOM) are accepted, Vietnamese kept intact', () => {
    const bytes = new TextEncoder().encode('\ufeff' + exportFacts([president]));
    const r = importFacts(bytes);
    expect(r.ok && (r.facts[0].value as { name: string }).name).toBe('Lương Cường');
  });

  test('markup and script in strings stay as plain text, unchanged', () => {
    const f = clone(president);
    f.subjectLabel = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    f.sources[0].quote = '<b>bold</b> & "quotes"';
    const r = importFacts(file([f]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.facts[0].subjectLabel).toBe(f.subjectLabel);
      expect(r.facts[0].sources[0].quote).toBe('<b>bold</b> & "quotes"');
    }
  });

  test('missing sources/variants/aliases are read as empty lists; unknown keys are dropped', () => {
    const r = importFacts(file([{ id: 'a', kind: 'name', subject: 's', value: { name: 'X' }, extra: 1, __proto__: { polluted: true } }]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.facts[0]).toEqual({ id: 'a', kind: 'name', subject: 's', value: { name: 'X', aliases: [] }, sources: [], variants: [] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('import: every rejection case says what is wrong and where', () => {
  test('bad JSON gives line and column', () => {
    const text = '{\n  "format": "factlens-facts/1",\n  "facts": [\n    {"id": "a",}\n  ]\n}';
    const [e] = errorsOf(text);
    expect(e.message).toMatch(/not valid JSON \(line 4, column \d+\)/);
    expect(e.path).toMatch(/line 4/);
  });

  test('truncated JSON is reported', () => {
    expect(errorsOf('{"format": "factlens-facts/1", "facts": [')[0].message).toMatch(/not valid JSON/);
  });

  test('empty file', () => expect(errorsOf('  \n')[0].message).toBe('The file is empty.'));

  test('not UTF-8', () => expect(errorsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))[0].message).toMatch(/not UTF-8/));

  test('top level is not an object', () => expect(errorsOf('[1,2]')[0].message).toMatch(/Expected an object .* found a list/));

  test('missing or wrong format tag', () => {
    expect(errorsOf('{"facts": []}')[0]).toMatchObject({ path: 'format', message: expect.stringMatching(/no "format" field/) });
    expect(errorsOf('{"format": "factlens-facts/2", "facts": []}')[0].message).toMatch(/Unsupported format "factlens-facts\/2"/);
    expect(errorsOf('{"@context": "https://schema.org", "@type": "ClaimReview"}')[0].message).toMatch(/Import it as ClaimReview/);
  });

  test('facts is not a list', () => {
    expect(errorsOf('{"format": "factlens-facts/1", "facts": {}}')[0]).toMatchObject({ path: 'facts' });
    expect(errorsOf('{"format": "factlens-facts/1"}')[0].message).toMatch(/missing/);
  });

  test('wrong types are reported with their path', () => {
    const facts = FIXTURE_FACTS.map(clone) as unknown as Record<string, any>[];
    facts[3].value.amount = '1,000';
    facts[1].value.aliases = 'Luong Cuong';
    facts[0].sources[1].start = -3;
    facts[2].subject = 42;
    const errs = errorsOf(file(facts));
    expect(errs.map((e) => e.path)).toEqual(['facts[0].sources[1].start', 'facts[1].value.aliases', 'facts[2].subject', 'facts[3].value.amount']);
    expect(errs.find((e) => e.path === 'facts[3].value.amount')!.message).toBe('must be a finite number, but it is the text "1,000".');
  });

  test('a fact that is not an object', () => {
    expect(errorsOf(file([null]))[0]).toMatchObject({ path: 'facts[0]', message: 'must be an object, but it is null.' });
  });

  test('unknown kind', () => {
    const f = { ...clone(president), kind: 'person' };
    expect(errorsOf(file([f]))[0]).toMatchObject({ path: 'facts[0].kind', message: 'unknown kind "person"; a fact is a date, a name or a figure.' });
  });

  test('date end before start', () => {
    const f = clone(signingDate);
    f.value = { start: '2025-10-26', end: '2025-10-25', precision: 'day' };
    expect(errorsOf(file([f]))).toEqual([expect.objectContaining({ path: 'facts[0].value.end', message: 'the end date (2025-10-25) is before the start date (2025-10-26).' })]);
  });

  test('non-ISO and impossible dates', () => {
    const f = clone(signingDate);
    f.value = { start: '25/10/2025', end: '2025-02-30', precision: 'day' };
    const errs = errorsOf(file([f]));
    expect(errs.map((e) => [e.path, e.code])).toEqual([['facts[0].value.start', 'date-format'], ['facts[0].value.end', 'date-format']]);
    expect(errs[0].message).toMatch(/"25\/10\/2025" is not a valid date; write it as YYYY-MM-DD/);
  });

  test('bad precision, variant with a value of another shape', () => {
    const f = clone(signingDate) as any;
    f.value.precision = 'week';
    f.variants[0].value = { amount: 3, unit: 'days', qualifier: 'exact' };
    const errs = errorsOf(file([f]));
    expect(errs.map((e) => e.path)).toEqual(['facts[0].value.precision', 'facts[0].variants[0].value.start', 'facts[0].variants[0].value.end', 'facts[0].variants[0].value.precision']);
  });

  test.each([[NaN], [Infinity], [null], ['12']])('figure amount %s is refused', (amount) => {
    // NaN/Infinity cannot be written in JSON; a hostile writer can still put 1e999 (→ Infinity).
    const text = file([{ ...clone(delegates), value: { amount: 0, unit: 'delegates', qualifier: 'over' } }]).replace('"amount":0', `"amount":${amount === Infinity ? '1e999' : JSON.stringify(amount)}`);
    const [e] = errorsOf(text);
    expect(e.path).toBe('facts[0].value.amount');
    expect(e.message).toMatch(/^must be a finite number/);
  });

  test('empty name, empty unit, unknown qualifier', () => {
    const n = clone(president); (n.value as any).name = '   ';
    const f = clone(delegates); (f.value as any).unit = ''; (f.value as any).qualifier = 'roughly';
    const errs = errorsOf(file([n, f]));
    expect(errs.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'facts[0].value.name: cannot be empty.',
      'facts[1].value.unit: cannot be empty.',
      'facts[1].value.qualifier: "roughly" is not allowed; use one of: exact, over, at-least, under, nearly, about.',
    ]);
  });

  test('duplicate ids name both places', () => {
    const errs = errorsOf(file([president, delegates, { ...clone(president) }]));
    expect(errs).toEqual([expect.objectContaining({ path: 'facts[2].id', message: 'the id "fixture:name:president" is already used by facts[0].' })]);
  });

  test('missing required fields', () => {
    const errs = errorsOf(file([{ kind: 'name', value: { name: 'x' } }]));
    expect(errs.map((e) => e.path)).toEqual(['facts[0].id', 'facts[0].subject']);
  });

  test('source language and offsets', () => {
    const f = clone(president);
    (f.sources[0] as any).lang = 'de';
    f.sources[0].start = 10; f.sources[0].end = 4;
    expect(errorsOf(file([f])).map((e) => e.path)).toEqual(['facts[0].sources[0].lang', 'facts[0].sources[0].end']);
  });

  test('control characters and bidi overrides are flagged', () => {
    const f = clone(president);
    f.sources[0].quote = 'Lương\u0007 Cường';
    f.subjectLabel = 'abc\u202Eevil';
    const errs = errorsOf(file([f]));
    expect(errs.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'facts[0].subjectLabel: contains an invisible control character (U+202E); remove it.',
      'facts[0].sources[0].quote: contains an invisible control character (U+0007); remove it.',
    ]);
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const big = file([president]) + ' '.repeat(2048);
    const [e] = errorsOf(big, { maxBytes: 1024 });
    expect(e.message).toMatch(/^The file is 3 kB; the limit is 1 kB\. Nothing was read/);
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(errorsOf(bytes)[0].message).toMatch(/^The file is 50 MB; the limit is 20 MB/);
  });

  test('one bad fact among many good ones: nothing is returned, and the error list is capped', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...clone(delegates), id: `f${i}`, value: { amount: i % 100 === 7 ? 'x' : i, unit: 'delegates', qualifier: 'exact' } }));
    const r = importFacts(file(many));
    expect(r.ok).toBe(false);
    if (!r.ok) { expect(r.total).toBe(5); expect(r.errors.map((e) => e.path)[0]).toBe('facts[7].value.amount'); }
    const all = Array.from({ length: 500 }, (_, i) => ({ id: `f${i}` }));
    const r2 = importFacts(file(all), { maxErrors: 10 });
    expect(!r2.ok && [r2.errors.length, r2.total]).toEqual([10, 1000]);
  });
});

describe('JSON syntax errors are located the same way in every browser', () => {
  test.each([
    ['{"a": [,]}', 1, 8],
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": "x\u0001"}', 1, 9],
    ['{"a": tru}', 1, 7],
    ['{"a": 1} x', 1, 10],
    ['[1, 2', 1, 6],
    ['{"a": "\\q"}', 1, 9],
    ['{"a": 01}', 1, 8],
  ])('%j → line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    const r = importFacts(text);
    expect(!r.ok && r.errors[0].path).toBe(`(line ${line}, column ${column})`);
  });
});

describe('hostile shapes', () => {
  test('deep nesting is refused without crashing', () => {
    const deep = '{"format": "factlens-facts/1", "facts": [' + '['.repeat(50_000) + ']'.repeat(50_000) + ']}';
    const r = importFacts(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'facts[0]', message: 'must be an object, but it is a list.' });
    const broken = '[' .repeat(50_000);
    const r2 = importFacts(broken);
    expect(!r2.ok && r2.errors[0].message).toMatch(/^The file is not valid JSON/);
  });

  test('a huge list of bad facts reports the first 50 and the total', () => {
    const r = importFacts(JSON.stringify({ format: 'factlens-facts/1', facts: Array.from({ length: 100_000 }, () => 1) }));
    expect(!r.ok && [r.errors.length, r.total, r.errors[49].path]).toEqual([50, 100_000, 'facts[49]']);
  });
});
