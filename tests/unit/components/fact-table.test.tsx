// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FactTable } from '../../../components/FactTable';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS, chapters, delegates, president, signingDate } from '../fixtures/hand-made-facts';
import { syntheticFacts } from '../fixtures/synthetic-facts';

afterEach(cleanup);

const rows = () => [...document.querySelectorAll('tbody tr.fl-row')] as HTMLElement[];
const subjects = () => rows().map((r) => r.querySelector('.fl-col-subject')!.textContent);
const count = () => screen.getByRole('status').textContent;
const select = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const filterText = (q: string) => fireEvent.input(screen.getByLabelText('Filter'), { target: { value: q } });

describe('FactTable on the fixture facts', () => {
  test('lists every fact with kind, value, sources and origin', () => {
    render(<FactTable facts={FIXTURE_FACTS} />);
    expect(count()).toBe('6 of 6 facts');
    const row = rows().find((r) => r.dataset.factId === delegates.id)!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Delegates at CCPCJ34', 'Figure', 'over 1,000 delegates', '1', 'Corpus']);
    expect(rows().find((r) => r.dataset.factId === signingDate.id)!.textContent).toContain('Disputed');
  });

  test('each filter narrows the list, and they combine', () => {
    render(<FactTable facts={FIXTURE_FACTS} />);
    select('Kind', 'name');
    expect(subjects().sort()).toEqual([president.subjectLabel, 'UN Secretary-General'].sort());
    select('Kind', '');
    select('Language', 'vi');
    expect(subjects().sort()).toEqual([chapters.subjectLabel, 'CCPCJ34 session in Vienna', signingDate.subjectLabel].sort());
    select('Origin', 'user');
    expect(subjects()).toEqual([chapters.subjectLabel]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count()).toBe('6 of 6 facts');
    fireEvent.click(screen.getByLabelText('Disputed only'));
    expect(subjects()).toEqual([signingDate.subjectLabel]);
    fireEvent.click(screen.getByLabelText('Disputed only'));
    select('Source document', '000_3d9744cf5ae48081.txt');
    expect(subjects().sort()).toEqual([delegates.subjectLabel, president.subjectLabel].sort());
  });

  test('the text filter ignores accents and matches word starts in subject, value and quotes', () => {
    render(<FactTable facts={FIXTURE_FACTS} />);
    filterText('luong cuo');
    expect(subjects().sort()).toEqual([president.subjectLabel, 'UN Secretary-General'].sort()); // name, and the French quote
    filterText('chương');
    expect(subjects()).toEqual([chapters.subjectLabel]);
    filterText('octobre 2025');
    expect(subjects()).toEqual([signingDate.subjectLabel]);
    filterText('nothing like this');
    expect(count()).toBe('No fact matches these filters.');
    expect(rows()).toHaveLength(0);
  });

  test('clicking a column header sorts, clicking again reverses, and says so', () => {
    render(<FactTable facts={FIXTURE_FACTS} />);
    const valueHeader = screen.getByRole('button', { name: 'Value' });
    fireEvent.click(valueHeader);
    // dates first (by start), then names (by name), then figures (by amount)
    expect(rows().map((r) => r.dataset.factId)).toEqual(['fixture:date:ccpcj34', signingDate.id, 'fixture:name:un-sg', president.id, chapters.id, delegates.id]);
    expect(valueHeader.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(valueHeader);
    expect(rows()[0].dataset.factId).toBe(delegates.id);
    expect(valueHeader.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  test('edit, delete and select call back with the fact; the view is reported for export', () => {
    const onEdit = vi.fn(), onDelete = vi.fn(), onSelect = vi.fn(), onViewChange = vi.fn();
    render(<FactTable facts={FIXTURE_FACTS} onEdit={onEdit} onDelete={onDelete} onSelect={onSelect} onViewChange={onViewChange} />);
    fireEvent.click(screen.getByRole('button', { name: `Edit “${president.subjectLabel}”` }));
    fireEvent.click(screen.getByRole('button', { name: `Delete “${delegates.subjectLabel}”` }));
    fireEvent.click(screen.getByRole('button', { name: chapters.subjectLabel }));
    expect([onEdit.mock.calls[0][0], onDelete.mock.calls[0][0], onSelect.mock.calls[0][0]]).toEqual([president, delegates, chapters]);
    select('Kind', 'figure');
    expect((onViewChange.mock.calls.at(-1)![0] as Fact[]).map((f) => f.id).sort()).toEqual([chapters.id, delegates.id].sort());
  });

  test('an empty base says so', () => {
    render(<FactTable facts={[]} />);
    expect(count()).toBe('The fact base is empty.');
  });
});

describe('FactTable with 10,000 facts', () => {
  const facts = syntheticFacts(10_000);

  // Speed (render, filter, scroll) is measured by npm run bench (tests/bench/ui.ts), not asserted here.
  test('renders only the rows in view, filters and scrolls, and the counts are right', () => {
    render(<FactTable facts={facts} height={480} rowHeight={36} />);
    expect(count()).toBe('10000 of 10000 facts');
    expect(rows().length).toBeLessThanOrEqual(Math.ceil(480 / 36) + 8);
    expect(document.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10001');

    // Each filter's count equals a plain computation over the facts.
    const expectCount = (n: number) => expect(count()).toBe(n === 0 ? 'No fact matches these filters.' : `${n} of 10000 facts`);
    select('Kind', 'figure');
    expectCount(facts.filter((f) => f.kind === 'figure').length);
    fireEvent.click(screen.getByLabelText('Disputed only'));
    expectCount(facts.filter((f) => f.kind === 'figure' && f.variants.length > 0).length);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    select('Language', 'fr');
    expectCount(facts.filter((f) => [...f.sources, ...f.variants.flatMap((v) => v.sources)].some((s) => s.lang === 'fr')).length);
    select('Language', '');
    select('Origin', 'user');
    expectCount(facts.filter((f) => f.origin === 'user').length);
    select('Origin', '');
    select('Source document', 'user-doc-1');
    expectCount(facts.filter((f) => f.sources.some((s) => s.doc === 'user-doc-1')).length);
    select('Source document', '');
    const typing = ['c', 'co', 'con', 'conv', 'conve', 'convention'];
    for (const q of typing) filterText(q);
    expectCount(facts.filter((f) => /\bconvention/i.test(f.sources.map((s) => s.quote).join(' ') + ' ' + f.subjectLabel)).length);
    filterText('');
    fireEvent.click(screen.getByRole('button', { name: 'Value' }));
    expect(rows()[0].querySelector('.fl-col-kind')!.textContent).toBe('Date');

    // Scrolling to the middle renders the rows there.
    const scroller = document.querySelector('.fl-table-scroll') as HTMLElement;
    scroller.scrollTop = 5000 * 36;
    fireEvent.scroll(scroller);
    const idx = rows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...idx)).toBeLessThanOrEqual(5002);
    expect(Math.max(...idx)).toBeGreaterThanOrEqual(5002 + 13);
    expect(rows().length).toBeLessThanOrEqual(Math.ceil(480 / 36) + 16);

  });
});
