// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FactSearch } from '../../../components/FactSearch';
import { buildSearchIndex } from '../../../lib/search';
import { FIXTURE_FACTS, chapters, president, secretaryGeneral } from '../fixtures/hand-made-facts';

afterEach(cleanup);

const index = buildSearchIndex(FIXTURE_FACTS);
const input = () => screen.getByRole('combobox', { name: 'Search the facts' }) as HTMLInputElement;
const type = (q: string) => fireEvent.input(input(), { target: { value: q } });
const key = (k: string) => fireEvent.keyDown(input(), { key: k });
const options = () => screen.queryAllByRole('option');
const activeOption = () => document.getElementById(input().getAttribute('aria-activedescendant') ?? '');
const subjectOf = (el: Element | null) => el?.querySelector('.fl-subject')?.textContent;

describe('FactSearch', () => {
  test('before typing, it says what can be searched and how much', () => {
    render(<FactSearch index={index} />);
    expect(screen.getByRole('status').textContent).toBe('Type a name, a date or a figure, in English, French or Vietnamese. Accents are optional and small typos are forgiven. 6 facts to search.');
    expect(options()).toHaveLength(0);
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  test('an empty fact base says where to fill it', () => {
    render(<FactSearch index={buildSearchIndex([])} />);
    expect(screen.getByRole('status').textContent).toMatch(/The fact base is empty\. Open the options page/);
    expect(input().disabled).toBe(true);
  });

  test('results appear as you type, without accents, as cards', () => {
    render(<FactSearch index={index} />);
    type('luong cuong');
    expect(subjectOf(options()[0])).toBe(president.subjectLabel);
    expect(options()[0].querySelector('mark')?.textContent).toBe('Lương Cường');
    type('chuong 9');
    expect(options().map(subjectOf)).toEqual([chapters.subjectLabel]);
    expect(screen.getByRole('status').textContent).toBe('1 fact found');
  });

  test('no result says so and suggests what to do', () => {
    render(<FactSearch index={index} />);
    type('zanzibar');
    expect(options()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No fact matches “zanzibar”. Check the spelling, try fewer words, or search for a name, a date or a number.');
  });

  test('arrow keys move the active result; Enter opens it; Escape closes, then clears, then leaves', () => {
    const onOpen = vi.fn();
    const onEscape = vi.fn();
    render(<FactSearch index={index} onOpen={onOpen} onEscape={onEscape} />);
    type('guterres');
    const n = options().length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(subjectOf(activeOption())).toBe(secretaryGeneral.subjectLabel);
    expect(activeOption()!.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    key('ArrowUp');
    key('ArrowUp'); // stays on the first
    expect(activeOption()).toBe(options()[0]);
    for (let i = 0; i < n + 3; i++) key('ArrowDown'); // stops at the last
    expect(activeOption()).toBe(options()[n - 1]);
    key('ArrowUp');
    const chosen = activeOption()!;
    key('Enter');
    expect(chosen.getAttribute('aria-expanded')).toBe('true');
    expect(onOpen).toHaveBeenCalledWith(FIXTURE_FACTS.find((f) => f.subjectLabel === subjectOf(chosen)));
    key('Escape'); // closes the card
    expect(chosen.getAttribute('aria-expanded')).toBe('false');
    expect(input().value).toBe('guterres');
    key('Escape'); // clears the query
    expect(input().value).toBe('');
    expect(options()).toHaveLength(0);
    expect(onEscape).not.toHaveBeenCalled();
    key('Escape'); // leaves
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  test('an open card shows all its sources; a click opens too', () => {
    render(<FactSearch index={index} />);
    type('25 octobre');
    const first = options()[0];
    expect(first.querySelectorAll('.fl-source')).toHaveLength(2); // 1 source + the variant's
    fireEvent.click(first);
    expect(first.querySelectorAll('.fl-source')).toHaveLength(3);
  });

  test('typing again resets the active result to the first', () => {
    render(<FactSearch index={index} />);
    type('guterres');
    key('ArrowDown');
    type('guterres l');
    expect(activeOption()).toBe(options()[0]);
  });

  test('the popup can be used in Vietnamese', () => {
    render(<FactSearch index={index} lang="vi" />);
    expect(screen.getByRole('combobox', { name: 'Tìm dữ kiện' })).toBeTruthy();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'xyzxyz' } });
    expect(screen.getByRole('status').textContent).toMatch(/^Không có dữ kiện nào khớp với “xyzxyz”/);
  });
});
