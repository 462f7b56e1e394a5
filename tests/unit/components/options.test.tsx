// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options, type OptionsClient } from '../../../components/Options';
import type { DocumentSummary } from '../../../lib/db/repository';

const documents: DocumentSummary[] = [
  { id: '000.txt', lang: 'en', title: 'Việt Nam attends session', outlet: 'VNS', published: '2025-05-20', origin: 'corpus', factCount: 31 },
  { id: 'mine', lang: 'fr', title: 'Mon article', outlet: null, published: null, origin: 'user', factCount: 0 },
];
const client = (patch: Partial<OptionsClient> = {}): OptionsClient => ({
  getStats: async () => ({ documents: 2, facts: 31, corpusFacts: 31, userFacts: 0, corpus: null }),
  listDocuments: async () => documents,
  ...patch,
});

describe('Options', () => {
  afterEach(cleanup);

  it('lists each document with its language, title, outlet and number of facts', async () => {
    render(<Options client={client()} />);
    await screen.findByText('Việt Nam attends session');
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Việt Nam attends session000.txt', 'en', 'VNS', '2025-05-20', '31'],
      ['Mon articlemine · added by you', 'fr', '—', '—', '0'],
    ]);
    expect(document.querySelector('tbody th')!.getAttribute('lang')).toBe('en');
  });

  it('says so when there are no documents, and when reading fails', async () => {
    render(<Options client={client({ listDocuments: async () => [] })} />);
    await screen.findByText('No documents yet.');
    cleanup();
    render(<Options client={client({ listDocuments: () => Promise.reject(new Error('boom')) })} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not read the fact base: boom'));
  });
});
