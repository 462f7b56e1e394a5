// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ImportExport } from '../../../components/ImportExport';
import { exportFacts } from '../../../lib/io/facts-json';
import { exportClaimReview, factToClaimReview } from '../../../lib/io/claimreview';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS, delegates, president } from '../fixtures/hand-made-facts';

afterEach(cleanup);

const choose = (content: string, name = 'facts.json') => {
  const file = new File([content], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('File to import'), { target: { files: [file] } });
};

/** A tiny in-memory fact base with an all-or-nothing write, as the options page's database. */
function fakeBase(initial: Fact[]) {
  let facts = [...initial];
  return {
    get facts() { return facts; },
    onImport: vi.fn(async (incoming: Fact[], mode: 'merge' | 'replace') => {
      if (mode === 'replace') facts = [...incoming];
      else { const byId = new Map(facts.map((f) => [f.id, f])); for (const f of incoming) byId.set(f.id, f); facts = [...byId.values()]; }
    }),
  };
}

describe('ImportExport: import', () => {
  test('a broken file changes nothing and says exactly what is wrong and where', async () => {
    const base = fakeBase([president]);
    render(<ImportExport facts={base.facts} onImport={base.onImport} />);
    const bad = JSON.parse(exportFacts([delegates, president, president])) as { facts: any[] };
    bad.facts[0].value.amount = 'lots';
    bad.facts[1].sources[0].quote = '<script>alert(1)</script>';
    choose(JSON.stringify(bad));
    const report = await screen.findByRole('alert');
    expect(report.querySelector('p')!.textContent).toBe('Nothing was imported: facts.json has 2 problems.');
    expect([...report.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'facts[0].value.amount must be a finite number, but it is the text "lots".',
      'facts[2].id the id "fixture:name:president" is already used by facts[1].',
    ]);
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(base.onImport).not.toHaveBeenCalled();
    expect(base.facts).toEqual([president]);
  });

  test('bad JSON reports line and column; a 50 MB file is refused without being read', async () => {
    const base = fakeBase([]);
    const { rerender } = render(<ImportExport facts={base.facts} onImport={base.onImport} />);
    choose('{\n  "format": "factlens-facts/1",\n  "facts": [,]\n}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON \(line 3, column \d+\)/);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    rerender(<ImportExport facts={base.facts} onImport={base.onImport} />);
    fireEvent.change(screen.getByLabelText('File to import'), { target: { files: [huge] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/huge\.json has 1 problem.*The file is 50 MB; the limit is 20 MB\. Nothing was read/));
    expect(read).not.toHaveBeenCalled();
    expect(base.onImport).not.toHaveBeenCalled();
  });

  test('a valid file says what it will do, and writes once, on confirmation', async () => {
    const base = fakeBase([president]);
    render(<ImportExport facts={base.facts} onImport={base.onImport} />);
    choose(exportFacts(FIXTURE_FACTS));
    expect((await screen.findByText(/is valid/)).textContent).toBe('facts.json is valid: 6 facts (5 new, 1 replacing facts with the same id).');
    expect(base.onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import 6 facts' }));
    await screen.findByText('Imported 6 facts.');
    expect(base.onImport).toHaveBeenCalledTimes(1);
    expect(base.onImport).toHaveBeenCalledWith(FIXTURE_FACTS, 'merge');
  });

  test('export then import into an emptied base gives back the same fact base', async () => {
    const download = vi.fn();
    const base = fakeBase(FIXTURE_FACTS);
    const { rerender } = render(<ImportExport facts={base.facts} onImport={base.onImport} download={download} today={() => '2025-10-25'} confirm={() => true} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const [fileName, text, mime] = download.mock.calls[0];
    expect([fileName, mime]).toEqual(['factlens-facts-2025-10-25.json', 'application/json']);
    expect(screen.getByText('Exported 6 facts to factlens-facts-2025-10-25.json.')).toBeTruthy();
    base.onImport([], 'replace');
    rerender(<ImportExport facts={base.facts} onImport={base.onImport} download={download} confirm={() => true} />);
    choose(text, fileName);
    await screen.findByText(/is valid/);
    fireEvent.click(screen.getByLabelText(/Replace the whole fact base/));
    fireEvent.click(screen.getByRole('button', { name: 'Import 6 facts' }));
    await screen.findByText('Imported 6 facts.');
    expect(base.facts).toEqual(FIXTURE_FACTS);
  });

  test('replacing the base asks first, says how many facts go, and a "no" changes nothing', async () => {
    const base = fakeBase(FIXTURE_FACTS);
    const confirm = vi.fn(() => false);
    render(<ImportExport facts={base.facts} onImport={base.onImport} confirm={confirm} />);
    choose(exportFacts([delegates]));
    await screen.findByText(/is valid/);
    fireEvent.click(screen.getByLabelText('Replace the whole fact base (6 facts now)'));
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 fact' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledWith('This removes all 6 facts of the fact base and puts the file’s one fact in their place. Continue?'));
    expect(base.onImport).not.toHaveBeenCalled();
    expect(base.facts).toEqual(FIXTURE_FACTS);
  });

  test('each new file starts with "add to the fact base": a replace chosen for an earlier file is not kept', async () => {
    const base = fakeBase(FIXTURE_FACTS);
    const { rerender } = render(<ImportExport facts={base.facts} onImport={base.onImport} confirm={() => true} />);
    choose(exportFacts([delegates]));
    await screen.findByText(/is valid/);
    fireEvent.click(screen.getByLabelText(/Replace the whole fact base/));
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 fact' }));
    await screen.findByText('Imported 1 fact.');
    expect(base.onImport).toHaveBeenLastCalledWith([delegates], 'replace');
    rerender(<ImportExport facts={base.facts} onImport={base.onImport} confirm={() => true} />);
    choose(exportFacts([president]));
    await screen.findByText(/is valid/);
    expect((screen.getByLabelText(/Replace the whole fact base/) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 fact' }));
    await screen.findByText('Imported 1 fact.');
    expect(base.onImport).toHaveBeenLastCalledWith([president], 'merge');
    expect(base.facts).toEqual([delegates, president]);
  });

  test('a failed write is reported as such', async () => {
    render(<ImportExport facts={[]} onImport={() => Promise.reject(new Error('QuotaExceededError'))} />);
    choose(exportFacts([delegates]));
    await screen.findByText(/is valid/);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 fact' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The import failed and nothing was changed: QuotaExceededError');
  });

  test('ClaimReview files are recognised; the report lists per item what was imported and what did not map', async () => {
    const base = fakeBase([]);
    render(<ImportExport facts={base.facts} onImport={base.onImport} />);
    const foreign = { '@type': 'ClaimReview', claimReviewed: 'Over 70 countries confirmed ministerial participation', reviewRating: { '@type': 'Rating', alternateName: 'True' } };
    choose(JSON.stringify({ '@context': 'https://schema.org', '@graph': [factToClaimReview(delegates), foreign] }), 'reviews.jsonld');
    expect((await screen.findByText(/ClaimReview items/)).textContent).toBe('reviews.jsonld: 1 of 2 ClaimReview items can be imported as your facts.');
    const items = [...document.querySelectorAll('.fl-claimreview-items > li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^@graph\[0\] imported/);
    expect(items[1]).toMatch(/^@graph\[1\] not imported — “?Over 70 countries.*no factlens:value/);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 fact' }));
    await screen.findByText('Imported 1 fact.');
    // The item is Factlens's own export of a corpus fact: it comes back as that fact, origin included.
    expect(base.facts).toEqual([delegates]);
  });
});

describe('ImportExport: export', () => {
  test('the filtered view can be exported as ClaimReview', () => {
    const download = vi.fn();
    render(<ImportExport facts={FIXTURE_FACTS} filtered={[president, delegates]} onImport={() => {}} download={download} today={() => '2025-10-25'} />);
    fireEvent.click(screen.getByLabelText('The filtered view (2)'));
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'claimreview' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const [fileName, text, mime] = download.mock.calls[0];
    expect([fileName, mime]).toEqual(['factlens-claimreview-2025-10-25.jsonld', 'application/ld+json']);
    expect(text).toBe(exportClaimReview([president, delegates]));
  });
});
