// @vitest-environment happy-dom
// The options page's fact base against an in-memory client: delete keeps the row until the Undo
// expires, reset asks first and says what it removes, a pasted document is reviewed against the
// base (the engine's review, the corpus's facts) and only the kept proposals are saved, settings
// are written through the client.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsFacts, htmlToText, type OptionsFactClient } from '../../../components/OptionsFacts';
import type { FactRecord } from '../../../lib/db/records';
import { DEFAULT_DISPLAY, type DisplaySettings } from '../../../lib/ext/display-settings';
import { buildFactBase, detectLang } from '../../../lib/index';
import type { Fact } from '../../../lib/model';
import { applyReview, reviewDocument, type Proposal } from '../../../lib/review-document';
import { readCorpus } from '../../../lib/cli/corpus';
import { AGREEING, DISAGREEING } from '../../fixtures/review-documents';
import { CORPUS_DIR, corpusFacts } from '../engine/corpus';
import { FIXTURE_FACTS } from '../fixtures/hand-made-facts';

function memoryClient(start: Fact[] = FIXTURE_FACTS) {
  let facts = [...start];
  let display: DisplaySettings = { ...DEFAULT_DISPLAY };
  const row = (f: Fact): FactRecord => ({ ...f, origin: f.origin ?? 'user', userEdited: false, docs: [], updatedAt: 1 });
  const client: OptionsFactClient = {
    listFacts: async () => facts,
    listDocuments: async () => [],
    saveFact: async (f) => ((facts = [...facts.filter((x) => x.id !== f.id), f]), f),
    deleteFact: async (id) => { const f = facts.find((x) => x.id === id); facts = facts.filter((x) => x.id !== id); return f ? row(f) : null; },
    restoreFact: async (r) => { const { userEdited: _e, docs: _d, updatedAt: _u, ...f } = r; facts = [...facts, f]; },
    importFacts: async (list) => ((facts = [...facts, ...list]), { written: list.length, removed: 0 }),
    resetPreview: async () => ({ userFacts: 2, editedCorpusFacts: 1, deletedCorpusFacts: 3, userDocuments: 1 }),
    resetToCorpus: vi.fn(async () => ({ userFacts: 2, editedCorpusFacts: 1, deletedCorpusFacts: 3, userDocuments: 1 })),
    // The background's review, over the shipped corpus's documents and the facts held here.
    proposeFacts: vi.fn(async (doc) => {
      const d = { ...doc, lang: doc.lang === 'auto' ? detectLang(doc.text) : doc.lang };
      return { lang: d.lang, proposals: reviewDocument(facts, buildFactBase([...readCorpus(CORPUS_DIR), d]).facts, d.id) };
    }),
    addDocument: vi.fn(async (_doc, kept: Proposal[]) => {
      const written = applyReview(facts, kept);
      facts = [...facts.filter((f) => !written.some((w) => w.id === f.id)), ...written];
      return written;
    }),
    getDisplaySettings: async () => display,
    setDisplaySettings: vi.fn(async (s) => (display = s)),
    uiLang: async () => 'en',
  };
  return { client, facts: () => facts };
}

const count = () => document.querySelector('.fl-table-count')?.textContent;
afterEach(cleanup);

describe('OptionsFacts', () => {
  it('deletes a fact with Undo: the row comes back as it was; after the delay the Undo is gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const m = memoryClient();
    render(<OptionsFacts client={m.client} undoMs={5000} confirm={() => true} />);
    await waitFor(() => expect(count()).toBe('6 of 6 facts'));
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete/ })[0]);
    await waitFor(() => expect(count()).toBe('5 of 5 facts'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(count()).toBe('6 of 6 facts'));
    expect(m.facts().map((f) => f.id).sort()).toEqual(FIXTURE_FACTS.map((f) => f.id).sort());
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete/ })[0]);
    await screen.findByRole('button', { name: 'Undo' });
    vi.advanceTimersByTime(5001);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    vi.useRealTimers();
  });

  it('reset to corpus asks first, saying what it removes; nothing happens when declined', async () => {
    const m = memoryClient();
    const confirm = vi.fn((_message: string) => false);
    render(<OptionsFacts client={m.client} confirm={confirm} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to corpus' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledOnce());
    expect(confirm.mock.calls[0][0]).toBe('Reset to corpus removes 2 facts you added, 1 edits of corpus facts, 3 deletions of corpus facts (they come back) and 1 documents you added. Continue?');
    expect(m.client.resetToCorpus).not.toHaveBeenCalled();
  });

  it('a pasted document that disagrees with the base: each proposal says new, agrees or conflicts; conflicts show the base value, unticked; keeping one disputes the fact', async () => {
    const m = memoryClient(corpusFacts().facts);
    const total = corpusFacts().facts.length;
    render(<OptionsFacts client={m.client} confirm={() => true} />);
    await waitFor(() => expect(count()).toBe(`${total} of ${total} facts`));
    fireEvent.input(await screen.findByLabelText('Title'), { target: { value: DISAGREEING.title } });
    fireEvent.input(screen.getByLabelText('Text (paste it here)'), { target: { value: DISAGREEING.text } });
    fireEvent.click(screen.getByRole('button', { name: 'Find the facts' }));
    await screen.findByText(/facts found in the document \(read as English\)/);
    expect(m.client.proposeFacts).toHaveBeenCalledWith(expect.objectContaining({ title: DISAGREEING.title, lang: 'auto' }));
    const items = [...document.querySelectorAll<HTMLLIElement>('.fl-proposed > li')];
    const state = items.map((li) => ({ status: li.dataset.status, kept: li.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, text: li.textContent ?? '' }));
    const conflicts = state.filter((x) => x.status === 'conflicts');
    const agreeing = state.filter((x) => x.status === 'agrees');
    expect(document.querySelector('.fl-review-summary')?.textContent).toBe(`0 new, ${agreeing.length} agreeing with the fact base, ${conflicts.length} in conflict with it.`);
    expect(conflicts.length).toBeGreaterThanOrEqual(3);
    expect(conflicts.every((x) => !x.kept && x.text.includes('Conflicts with the fact base') && x.text.includes('The fact base says:'))).toBe(true);
    expect(agreeing.length).toBeGreaterThan(0);
    expect(agreeing.every((x) => x.kept && x.text.includes('Agrees with the fact base'))).toBe(true);
    // The convention's size: 68 here, 71 in the base, quoted from its source.
    // (the conflict whose base side says 71 articles: the date's proposal quotes this document's title, "… 68 articles", too)
    const i = state.findIndex((x) => x.status === 'conflicts' && x.text.includes('68 articles') && (x.text.split('The fact base says:')[1] ?? '').includes('71 articles'));
    expect(state[i].text).toMatch(/The fact base says:.*71 articles.*71 articles/s);
    fireEvent.click(items[i].querySelector('input[type="checkbox"]')!);
    fireEvent.click(screen.getByRole('button', { name: `Save the document and ${agreeing.length + 1} facts` }));
    await screen.findByText(`Saved the document and ${agreeing.length + 1} facts.`);
    const [doc] = (m.client.addDocument as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(doc).toMatchObject({ title: DISAGREEING.title, lang: 'en', text: DISAGREEING.text });
    // Same number of facts; the convention's size is now disputed.
    await waitFor(() => expect(count()).toBe(`${total} of ${total} facts`));
    const disputed = m.facts().filter((f) => f.variants.length > 0 && f.variants.some((v) => v.sources.some((s) => s.doc === doc.id)));
    expect(disputed).toHaveLength(1);
    expect(disputed[0].value).toMatchObject({ amount: 71, unit: 'articles' });
    const wasDisputed = corpusFacts().facts.filter((f) => f.variants.length > 0).length;
    fireEvent.click(screen.getByLabelText('Disputed only'));
    await waitFor(() => expect(count()).toBe(`${wasDisputed + 1} of ${total} facts`));
    expect(document.querySelector(`tr[data-fact-id="${disputed[0].id}"] .fl-badge-disputed`)?.textContent?.trim()).toBe('Disputed');
  });

  it.each([
    ['fr', AGREEING.fr, 'En accord avec la base de faits', 'Trouver les faits', 'Texte (collez-le ici)'],
    ['vi', DISAGREEING, 'Mâu thuẫn với cơ sở dữ kiện', 'Tìm dữ kiện', 'Văn bản (dán vào đây)'],
  ] as const)('in %s, the review says new / agrees / conflicts in that language', async (lang, doc, status, find, textLabel) => {
    const m = memoryClient(corpusFacts().facts);
    m.client.uiLang = async () => lang;
    render(<OptionsFacts client={m.client} confirm={() => true} />);
    await waitFor(() => expect(document.querySelector('.fl-options')?.getAttribute('lang')).toBe(lang));
    fireEvent.input(await screen.findByLabelText(textLabel), { target: { value: doc.text } });
    fireEvent.click(screen.getByRole('button', { name: find }));
    await waitFor(() => expect(document.querySelectorAll('.fl-proposed > li').length).toBeGreaterThan(0));
    const statuses = [...document.querySelectorAll('.fl-review-status')].map((e) => e.textContent);
    expect(statuses).toContain(status);
    if (doc === DISAGREEING) expect(document.querySelector('.fl-review-base-head')?.textContent).toBe('Cơ sở dữ kiện ghi:');
  });

  it('settings are written through the client', async () => {
    const m = memoryClient();
    render(<OptionsFacts client={m.client} confirm={() => true} />);
    fireEvent.click(await screen.findByLabelText('Mark matches too (off: conflicts only)'));
    await waitFor(() => expect(m.client.setDisplaySettings).toHaveBeenLastCalledWith(expect.objectContaining({ showMatches: false })));
    fireEvent.click(screen.getByRole('radio', { name: 'Magenta' }));
    await waitFor(() => expect(m.client.setDisplaySettings).toHaveBeenLastCalledWith(expect.objectContaining({ conflictColour: 'magenta', showMatches: false })));
  });

  it('two settings changed quickly, while the first is still being saved, are both kept', async () => {
    const m = memoryClient();
    let stored: DisplaySettings = { ...DEFAULT_DISPLAY };
    // a slow background: each save takes a while to answer
    m.client.getDisplaySettings = async () => stored;
    m.client.setDisplaySettings = vi.fn((next: DisplaySettings) => new Promise<DisplaySettings>((r) => setTimeout(() => r((stored = next)), 30)));
    render(<OptionsFacts client={m.client} confirm={() => true} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Magenta' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    fireEvent.click(screen.getByLabelText('Mark matches too (off: conflicts only)'));
    await waitFor(() => expect(m.client.setDisplaySettings).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(stored).toMatchObject({ conflictColour: 'magenta', matchColour: 'blue', showMatches: false }));
    expect((screen.getByRole('radio', { name: 'Magenta' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Blue' }) as HTMLInputElement).checked).toBe(true);
  });

  it('an .html file is read as its visible text', () => {
    expect(htmlToText('<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Title</h1><p>One <b>two</b>.</p><p>Three</p></body></html>')).toBe('Title\nOne two.\nThree');
  });
});
