import { describe, expect, test } from 'vitest';
import { exportClaimReview, factToClaimReview, importClaimReview } from '../../../lib/io/claimreview';
import { exportFacts } from '../../../lib/io/facts-json';
import { FIXTURE_FACTS, delegates, president, signingDate } from '../fixtures/hand-made-facts';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('export', () => {
  test('each fact is a ClaimReview with quote, appearances, rating and author', () => {
    const doc = JSON.parse(exportClaimReview(FIXTURE_FACTS));
    expect(doc['@context'][0]).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(FIXTURE_FACTS.length);
    const cr = doc['@graph'][0];
    expect(cr).toMatchObject({
      '@type': 'ClaimReview',
      identifier: signingDate.id,
      claimReviewed: signingDate.sources[0].quote,
      inLanguage: 'fr',
      author: { '@type': 'Organization', name: 'Factlens' },
      itemReviewed: { '@type': 'Claim', about: { identifier: 'signing-ceremony.date', name: signingDate.subjectLabel } },
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed' },
      reviewBody: 'Date of the signing ceremony in Hanoi: 25–26 October 2025',
    });
    expect(cr.reviewRating.ratingExplanation).toBe('Sources disagree: 25–26 October 2025 / 25 October 2025');
    expect(cr.itemReviewed.appearance.map((a: { identifier: string; inLanguage: string }) => [a.identifier, a.inLanguage]))
      .toEqual([['003_7560a3e1914d2327.txt', 'fr'], ['001_07debdc02fc119d0.txt', 'vi']]);
    expect(factToClaimReview(president).reviewRating).toEqual({ '@type': 'Rating', alternateName: 'True' });
  });
});

describe('import', () => {
  test('round trip: exported ClaimReviews come back as the same facts, origin included (the user\'s when unsaid)', () => {
    const r = importClaimReview(exportClaimReview(FIXTURE_FACTS));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts).toEqual(FIXTURE_FACTS.map((f) => ({ ...clone(f), origin: f.origin ?? 'user' })));
    expect(r.items.every((i) => i.status === 'imported' && i.notes.length === 0)).toBe(true);
  });

  test('a single ClaimReview object and a plain list are accepted', () => {
    const one = factToClaimReview(delegates);
    const r1 = importClaimReview(JSON.stringify({ '@context': 'https://schema.org', ...one }));
    expect(r1.ok && r1.facts.map((f) => f.id)).toEqual([delegates.id]);
    const r2 = importClaimReview(JSON.stringify([factToClaimReview(president), one]));
    expect(r2.ok && r2.items.map((i) => i.path)).toEqual(['[0]', '[1]']);
  });

  test('a third-party ClaimReview without factlens:value is skipped, and the report says why', () => {
    const thirdParty = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/hanoi',
      claimReviewed: 'The Hanoi Convention was signed by 72 countries on 25 October 2025',
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      datePublished: '2025-10-27',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, alternateName: 'True' },
    };
    const r = importClaimReview(JSON.stringify(thirdParty));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts).toEqual([]);
    expect(r.items).toEqual([{
      path: '(root)', status: 'skipped', claim: thirdParty.claimReviewed,
      notes: ['no factlens:value: a date, figure or name is not guessed from the claim text "The Hanoi Convention was signed by 72 countries on 25 Octob…".'],
    }]);
  });

  test('what maps is kept and what does not is named, per item', () => {
    const cr = factToClaimReview(delegates) as Record<string, any>;
    cr.datePublished = '2025-10-27';
    cr.url = 'https://factcheck.example/x';
    cr.author = { '@type': 'Organization', name: 'Example Fact Check' };
    delete cr.reviewRating;
    cr.itemReviewed.appearance.push({ '@type': 'CreativeWork', url: 'https://zeitung.example', inLanguage: 'de', text: 'Über 1.000 Delegierte' });
    const r = importClaimReview(JSON.stringify(cr));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts[0].sources).toEqual(delegates.sources);
    expect(r.items[0].status).toBe('imported');
    expect(r.items[0].notes).toEqual([
      'no reviewRating: read as "True".',
      'appearance 1: language "de" is not English, French or Vietnamese; not kept.',
      'not kept (no place in a fact): datePublished, url.',
      'author "Example Fact Check" not kept.',
    ]);
  });

  test('a claim rated False is not imported as a fact', () => {
    const cr = factToClaimReview(delegates) as Record<string, any>;
    cr.reviewRating = { '@type': 'Rating', alternateName: 'False' };
    const r = importClaimReview(JSON.stringify(cr));
    expect(r.ok && r.items[0]).toMatchObject({ status: 'skipped', notes: [expect.stringMatching(/^rated "False"/)] });
  });

  test('invalid structured values go through the same checks as a fact file', () => {
    const cr = factToClaimReview(signingDate) as Record<string, any>;
    cr['factlens:value'] = { start: '2025-10-26', end: '2025-10-25', precision: 'day' };
    const r = importClaimReview(JSON.stringify({ '@graph': [cr, factToClaimReview(president)] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts.map((f) => f.id)).toEqual([president.id]);
    expect(r.items[0]).toMatchObject({ path: '@graph[0]', status: 'skipped', notes: ['its structured data is not valid:', 'value.end: the end date (2025-10-25) is before the start date (2025-10-26).'] });
  });

  test('no subject, non-ClaimReview nodes and repeated ids are reported', () => {
    const noSubject = factToClaimReview(president) as Record<string, any>;
    delete noSubject.itemReviewed.about;
    const r = importClaimReview(JSON.stringify({ '@graph': [noSubject, { '@type': 'Organization', name: 'X' }, factToClaimReview(delegates), factToClaimReview(delegates)] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items.map((i) => [i.status, i.notes[0]])).toEqual([
      ['skipped', expect.stringMatching(/^no subject/)],
      ['skipped', 'a Organization, not a ClaimReview.'],
      ['imported', undefined],
      ['skipped', `the id "${delegates.id}" is used by an earlier item of this file.`],
    ]);
  });

  test('markup in the claim stays plain text', () => {
    const f = clone(president);
    f.sources[0].quote = '<script>alert(1)</script> Lương Cường';
    const r = importClaimReview(exportClaimReview([f]));
    expect(r.ok && r.facts[0].sources[0].quote).toBe('<script>alert(1)</script> Lương Cường');
  });

  test('file-level failures: bad JSON, no ClaimReview at all, a factlens file, too large', () => {
    const bad = importClaimReview('{"@graph": [');
    expect(!bad.ok && bad.errors[0].message).toMatch(/not valid JSON/);
    const none = importClaimReview('{"@type": "Article"}');
    expect(!none.ok && none.errors[0].message).toBe('No schema.org ClaimReview found in the file.');
    const ours = importClaimReview(exportFacts([president]));
    expect(!ours.ok && ours.errors[0].message).toMatch(/factlens-facts\/1 file: import it as such/);
    const big = importClaimReview(new Uint8Array(21 * 1024 * 1024));
    expect(!big.ok && big.errors[0].message).toMatch(/limit is 20 MB/);
  });
});

describe('ids of items without one', () => {
  test('are stable, so importing the same file twice replaces instead of duplicating', () => {
    const cr = factToClaimReview(delegates) as Record<string, any>;
    delete cr.identifier; delete cr['@id'];
    const a = importClaimReview(JSON.stringify(cr));
    const b = importClaimReview(JSON.stringify(cr));
    expect(a.ok && b.ok && a.facts[0].id).toBe(b.ok && b.facts[0].id);
    expect(a.ok && a.facts[0].id).toMatch(/^claimreview:[0-9a-f]{8}$/);
  });

  test('an absurdly nested extra property neither crashes the import nor gets into the fact', () => {
    const cr = factToClaimReview(delegates) as Record<string, any>;
    delete cr.identifier; delete cr['@id'];
    const text = JSON.stringify(cr).replace('"factlens:value":{', '"factlens:value":{"deep":' + '['.repeat(20_000) + ']'.repeat(20_000) + ',');
    const r = importClaimReview(text);
    expect(r.ok && r.items[0].status).toBe('imported');
    expect(r.ok && r.facts[0].value).toEqual(delegates.value);
  });
});
