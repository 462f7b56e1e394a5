// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupClient } from '../../../components/Popup';
import type { DbStats } from '../../../lib/db/repository';

const stats: DbStats = { documents: 5, facts: 118, corpusFacts: 117, userFacts: 1, corpus: null };

function client(patch: Partial<PopupClient> = {}): PopupClient {
  return {
    getStats: async () => stats,
    getPageSummary: async () => ({ status: 'done', matches: 7, conflicts: 2, url: 'http://x/' }),
    openOptions: vi.fn(),
    ...patch,
  };
}

const count = (label: string) => document.querySelector(`[data-count="${label}"]`)?.textContent;

describe('Popup', () => {
  afterEach(cleanup);

  it('shows the fact base counts and this page’s matches and conflicts', async () => {
    render(<Popup client={client()} />);
    await waitFor(() => expect(count('facts')).toBe('118'));
    expect(count('documents')).toBe('5');
    expect(count('matches')).toBe('7');
    expect(count('conflicts')).toBe('2');
  });

  it('says when Factlens does not run on the page, or is still checking', async () => {
    render(<Popup client={client({ getPageSummary: async () => null })} />);
    await screen.findByText('Factlens does not run on this page.');
    cleanup();
    render(<Popup client={client({ getPageSummary: async () => ({ status: 'checking', matches: 0, conflicts: 0, url: '' }) })} />);
    await screen.findByText('Checking the page…');
  });

  it('shows errors instead of numbers', async () => {
    render(<Popup client={client({ getStats: async () => Promise.reject(new Error('db closed')) })} />);
    await screen.findByText('Could not read the fact base: db closed');
    expect(count('facts')).toBeUndefined();
  });

  it('opens the options page', async () => {
    const c = client();
    render(<Popup client={c} />);
    fireEvent.click(await screen.findByRole('button', { name: /Documents and facts/ }));
    expect(c.openOptions).toHaveBeenCalledOnce();
  });
});
