// @vitest-environment happy-dom
// The popup's search and page list wired to a client: search as you type without diacritics,
// conflicts first, Enter/click asks the page to reveal the mark, arrow keys move in the list.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupClient } from '../../../components/Popup';
import type { FindingItem } from '../../../lib/dom/reveal';
import { FIXTURE_FACTS, president } from '../fixtures/hand-made-facts';

const items: FindingItem[] = [
  { index: 0, verdict: 'match', kind: 'name', text: 'Luong Cuong', factId: president.id, subject: 'President', reason: 'same' },
  { index: 3, verdict: 'conflict', kind: 'date', text: 'October 27', factId: 'f2', subject: 'Signing', reason: 'differs' },
];

function client(patch: Partial<PopupClient> = {}): PopupClient {
  return {
    getStats: async () => ({ documents: 5, facts: FIXTURE_FACTS.length, corpusFacts: 6, userFacts: 0, corpus: null }),
    getPageSummary: async () => ({ status: 'done', matches: 1, conflicts: 1, url: 'http://x/' }),
    openOptions: vi.fn(),
    listFacts: async () => FIXTURE_FACTS,
    listFindings: async () => [items[1], items[0]],
    revealFinding: vi.fn(async () => ({ found: true, top: 10, bottom: 30 })),
    uiLang: async () => 'en',
    close: vi.fn(),
    ...patch,
  };
}

afterEach(cleanup);

describe('Popup with the fact base client', () => {
  it('finds a fact typed without diacritics', async () => {
    render(<Popup client={client()} />);
    const input = await screen.findByRole('combobox');
    fireEvent.input(input, { target: { value: 'luong cuong' } });
    const first = await screen.findAllByRole('option');
    expect(first[0].textContent).toContain('Lương Cường');
  });

  it('lists conflicts first; a click or Enter reveals the mark; arrows move between marks', async () => {
    const c = client();
    render(<Popup client={c} />);
    const buttons = await waitFor(() => {
      const b = [...document.querySelectorAll('.fl-finding')] as HTMLButtonElement[];
      expect(b).toHaveLength(2);
      return b;
    });
    expect(buttons.map((b) => b.dataset.verdict)).toEqual(['conflict', 'match']);
    fireEvent.click(buttons[1]);
    await waitFor(() => expect(c.revealFinding).toHaveBeenCalledWith(items[0]));
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('says so when a mark is gone from the page, and when nothing was found', async () => {
    render(<Popup client={client({ revealFinding: async () => ({ found: false }) })} />);
    const [b] = await waitFor(() => {
      const list = document.querySelectorAll('.fl-finding');
      expect(list.length).toBe(2);
      return list;
    });
    fireEvent.click(b);
    await screen.findByText('That mark is no longer on the page.');
    cleanup();
    render(<Popup client={client({ listFindings: async () => [] })} />);
    await screen.findByText('Nothing on this page matches or contradicts the fact base.');
  });

  it('Escape on an empty search closes the popup; the interface language comes from the settings', async () => {
    const c = client({ uiLang: async () => 'fr' });
    render(<Popup client={c} />);
    const input = await screen.findByRole('combobox');
    await screen.findByText(/Les contradictions d’abord, puis les concordances/);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(c.close).toHaveBeenCalledOnce();
  });

  it('the whole popup follows the interface language; counts keep their stable data-count names', async () => {
    render(<Popup client={client({ uiLang: async () => 'vi' })} />);
    await screen.findByText('Trang này');
    await screen.findByText('Cơ sở dữ kiện');
    await waitFor(() => expect(document.querySelector('[data-count="conflicts"]')?.previousElementSibling?.textContent).toBe('mâu thuẫn'));
    expect(screen.getByRole('button', { name: 'Tài liệu và dữ kiện…' })).toBeTruthy();
    expect(document.querySelector('main')!.getAttribute('lang')).toBe('vi');
  });
});
