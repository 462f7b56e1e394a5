// @vitest-environment happy-dom
// A fact whose id, subject or source document is named like an Object.prototype key
// ("constructor", "__proto__", "toString") shows in the fact table and its card like any other.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FactCard } from '../../../components/FactCard';
import { FactTable } from '../../../components/FactTable';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS } from '../fixtures/hand-made-facts';

afterEach(cleanup);

const NAMES = ['constructor', '__proto__', 'toString'];
const renamed: Fact[] = FIXTURE_FACTS.slice(0, 3).map((f, i) => ({
  ...f,
  id: NAMES[i],
  subject: NAMES[(i + 1) % 3],
  subjectLabel: undefined,
  sources: f.sources.map((s) => ({ ...s, doc: NAMES[(i + 2) % 3], title: undefined })),
}));
// The options page's titles come from the documents list, which has none of these names.
const docTitles = Object.fromEntries([['000_3d9744cf5ae48081.txt', 'A corpus article']]);

describe('prototype-named facts in the options page', () => {
  test('the table lists them, filters by such a document, and opens their card', () => {
    render(<FactTable facts={[...renamed, ...FIXTURE_FACTS.slice(3)]} docTitles={docTitles} />);
    const rows = [...document.querySelectorAll('tbody tr.fl-row')] as HTMLElement[];
    expect(rows.map((r) => r.dataset.factId)).toEqual(expect.arrayContaining(NAMES));
    const options = [...(screen.getByLabelText('Source document') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(NAMES));
    fireEvent.change(screen.getByLabelText('Source document'), { target: { value: 'constructor' } });
    expect([...document.querySelectorAll('tbody tr.fl-row')].map((r) => (r as HTMLElement).dataset.factId)).toEqual([renamed.find((f) => f.sources.some((s) => s.doc === 'constructor'))!.id]);
  });

  test('a card names a prototype-named document by its id', () => {
    for (const f of renamed) {
      render(<FactCard fact={f} docTitles={docTitles} docTexts={{}} />);
      expect(document.querySelector('cite')?.textContent).toBe(f.sources[0].doc);
      cleanup();
    }
  });
});
