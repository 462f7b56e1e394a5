// The options page's and popup's messages to the background, through the real messengers, against
// fake-indexeddb, the real engine and the shipped corpus: edits, delete and undo, all-or-nothing
// imports, reset to corpus, user documents and display settings.
import { keptByDefault } from '../../../lib/review-document';
import { AGREEING, DISAGREEING } from '../../fixtures/review-documents';
import { unpackFindings } from '../../../lib/ext/finding-wire';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../../lib/ext/background-app';
import { backgroundMessenger } from '../../../lib/ext/messaging';
import { buildFactBase, checkText, compileMatcher, detectLang } from '../../../lib/index';
import type { Fact } from '../../../lib/model';
import { extensionPage, sendAs } from './senders';
import { memoryDb, nameFact, readShippedCorpus } from '../helpers';

const engine = { buildFactBase, compileMatcher, checkText, detectLang };
const send = backgroundMessenger.sendMessage;
const PAGE = 'The delegation was led by Deputy Foreign Minister Le Thi Thu Hang. Zorba Quintavalle opened the session.';
const userFact = (name = 'Zorba Quintavalle'): Fact => nameFact('user:zorba', name, 'user-doc', { origin: 'user', subject: 'host of the session', subjectLabel: 'Host of the session' });
const snapshot = async () => (await send('listFacts')).map(({ updatedAt: _u, ...f }) => f);

describe('fact base messages', () => {
  let app: ReturnType<typeof startBackground>;

  beforeEach(async () => {
    fakeBrowser.reset();
    sendAs(extensionPage());
    // fakeBrowser has no commands API (the next/previous-mark shortcuts); they are not under test here.
    Object.assign(fakeBrowser.commands.onCommand, { addListener: () => {}, removeListener: () => {} });
    app = startBackground({ db: memoryDb(), engine, readCorpusFile: readShippedCorpus, version: '0.1.0' });
    await app.ready();
  });
  afterEach(() => app.stop());

  it('a saved fact is checked on pages at once; an edit replaces it; delete then undo puts it back exactly', async () => {
    const hits = async () => unpackFindings((await send('checkPage', { text: PAGE, url: 'http://x/' })).packed).map((f) => [f.text, f.verdict]);
    expect(await hits()).not.toContainEqual(['Zorba Quintavalle', 'match']);
    await send('saveFact', userFact());
    expect(await hits()).toContainEqual(['Zorba Quintavalle', 'match']);
    await send('saveFact', userFact('Zorba Quintavallo'));
    expect(await hits()).toContainEqual(['Zorba Quintavalle', 'conflict']);
    const before = await snapshot();
    const row = await send('deleteFact', 'user:zorba');
    expect(row?.value).toMatchObject({ name: 'Zorba Quintavallo' });
    expect((await snapshot()).some((f) => f.id === 'user:zorba')).toBe(false);
    expect(await hits()).not.toContainEqual(['Zorba Quintavalle', 'conflict']);
    await send('restoreFact', row!);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an invalid fact and writes nothing', async () => {
    const before = await snapshot();
    await expect(send('saveFact', { ...userFact(), value: { name: '', aliases: [] } } as Fact)).rejects.toThrow(/fact/);
    expect(await snapshot()).toEqual(before);
  });

  it('a deleted or edited corpus fact stays so when the corpus is reloaded; reset says what it removes and restores the corpus', async () => {
    const corpus = await snapshot();
    const [a, b] = corpus.filter((f) => f.kind === 'name');
    await send('deleteFact', a.id);
    await send('saveFact', { ...b, subjectLabel: 'Edited by me' });
    await send('saveFact', userFact());
    await app.corpus.sync();
    const after = await snapshot();
    expect(after.find((f) => f.id === a.id)).toBeUndefined();
    expect(after.find((f) => f.id === b.id)).toMatchObject({ subjectLabel: 'Edited by me', userEdited: true, origin: 'corpus' });
    expect(await send('resetPreview')).toEqual({ userFacts: 1, editedCorpusFacts: 1, deletedCorpusFacts: 1, userDocuments: 0 });
    expect(await send('resetToCorpus')).toEqual({ userFacts: 1, editedCorpusFacts: 1, deletedCorpusFacts: 1, userDocuments: 0 });
    expect(await snapshot()).toEqual(corpus);
  });

  it('imports all facts in one transaction, or nothing when one is wrong or the write fails', async () => {
    const before = await snapshot();
    const good = userFact();
    const bad = { ...nameFact('user:bad', 'X'), kind: 'figure' } as Fact;
    await expect(send('importFacts', { facts: [good, bad], mode: 'merge' })).rejects.toThrow(/Nothing was written: facts\[1\]/);
    await expect(send('importFacts', { facts: [good, good], mode: 'merge' })).rejects.toThrow(/used twice/);
    expect(await snapshot()).toEqual(before);
    // A failure in the middle of the write (after the deletions of a "replace") rolls everything back.
    const spy = vi.spyOn(app.repo.db.facts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(send('importFacts', { facts: [good], mode: 'replace' })).rejects.toThrow(/disk full/);
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
    expect(await send('resetPreview')).toMatchObject({ deletedCorpusFacts: 0 });
    expect(await send('importFacts', { facts: [good], mode: 'merge' })).toEqual({ written: 1, removed: 0 });
    expect((await snapshot()).length).toBe(before.length + 1);
  });

  it('export then import (replace) gives back the same fact base', async () => {
    await send('saveFact', userFact());
    const before = await snapshot();
    const exported = JSON.parse(JSON.stringify(before.map(({ userEdited: _e, docs: _d, ...f }) => f))) as Fact[];
    await send('importFacts', { facts: [], mode: 'replace' });
    expect(await snapshot()).toEqual([]);
    await send('importFacts', { facts: exported, mode: 'replace' });
    expect((await snapshot()).map(({ userEdited: _e, ...f }) => f)).toEqual(before.map(({ userEdited: _e, ...f }) => f));
  });

  it('a pasted document that repeats the corpus: language detected, every proposal agrees; saved, the corpus facts gain its sources (no new fact), and keep them after a corpus reload', async () => {
    const { id, title, text } = AGREEING.vi;
    const before = await snapshot();
    const { lang, proposals } = await send('proposeFacts', { id, title, text, lang: 'auto' });
    expect(lang).toBe('vi');
    expect(proposals.length).toBeGreaterThan(3);
    expect(proposals.every((p) => p.status === 'agrees' && p.fact.sources.every((s) => s.doc === id && s.title === title && text.includes(s.quote)))).toBe(true);
    expect((await send('getStats')).documents).toBe(5); // nothing saved yet
    const rows = await send('addReviewedDocument', { doc: { id, title, text, lang }, proposals });
    expect(rows.map((r) => r.id).sort()).toEqual([...new Set(proposals.map((p) => p.base!.id))].sort());
    expect(rows.every((r) => r.origin === 'corpus' && r.userEdited && r.docs.includes(id))).toBe(true);
    const stats = await send('getStats');
    expect(stats).toMatchObject({ documents: 6, facts: before.length, userFacts: 0 });
    expect(await send('documentTexts', [id])).toEqual({ [id]: text });
    await app.corpus.sync();
    const after = await snapshot();
    expect(after).toHaveLength(before.length);
    for (const r of rows) expect(after.find((f) => f.id === r.id)!.sources.some((s) => s.doc === id)).toBe(true);
    await expect(send('addReviewedDocument', { doc: { id, title: 'Again', text, lang }, proposals: [] })).rejects.toThrow(/already exists/);
    await expect(send('proposeFacts', { id, title: 'Again', text, lang: 'auto' })).rejects.toThrow(/already exists/);
  });

  it('a document that disagrees: conflicts are not kept by default; keeping one makes the fact disputed, and a page stating that value gets a disputed mark', async () => {
    const { id, title, text } = DISAGREEING;
    const { lang, proposals } = await send('proposeFacts', { id, title, text, lang: 'auto' });
    const conflict = proposals.find((p) => p.status === 'conflicts' && p.fact.kind === 'figure' && 'unit' in p.fact.value && p.fact.value.unit === 'articles')!;
    expect(keptByDefault(conflict)).toBe(false);
    await send('addReviewedDocument', { doc: { id, title, text, lang }, proposals: [...proposals.filter(keptByDefault), conflict] });
    const fact = (await snapshot()).find((f) => f.id === conflict.base!.id)!;
    expect(fact.value).toEqual(conflict.base!.value);
    expect(fact.variants).toEqual([{ value: conflict.fact.value, sources: conflict.fact.sources }]);
    const page = 'The Hanoi Convention has 68 articles, the organisers said.';
    const marks = unpackFindings((await send('checkPage', { text: page, url: 'http://x/' })).packed);
    expect(marks.find((f) => f.factId === fact.id)).toMatchObject({ text: '68 articles', disputed: true });
  });

  it('refuses kept proposals that quote another document, or are not facts, and writes nothing', async () => {
    const { id, title, text } = DISAGREEING;
    const { lang, proposals } = await send('proposeFacts', { id, title, text, lang: 'auto' });
    const before = await snapshot();
    const other = { ...proposals[0], fact: { ...proposals[0].fact, sources: proposals[0].fact.sources.map((s) => ({ ...s, doc: '003_7560a3e1914d2327.txt' })) } };
    await expect(send('addReviewedDocument', { doc: { id, title, text, lang }, proposals: [other] })).rejects.toThrow(/proposals\[0\] quotes another document/);
    const broken = { ...proposals[0], fact: { ...proposals[0].fact, kind: 'colour' } } as unknown as typeof proposals[0];
    await expect(send('addReviewedDocument', { doc: { id, title, text, lang }, proposals: [broken] })).rejects.toThrow(/proposals\[0\]\.fact/);
    expect(await snapshot()).toEqual(before);
    expect((await send('getStats')).documents).toBe(5);
  });

  it('display settings: kinds, conflicts only, colours from the palette', async () => {
    const text = 'The delegation was led by Deputy Foreign Minister Le Thi Thu Hang. Later, La Thi Thu Hang spoke.';
    const check = () => send('checkPage', { text, url: 'http://x/' });
    expect(unpackFindings((await check()).packed).map((f) => f.verdict).sort()).toEqual(['conflict', 'match']);
    const s = await send('setDisplaySettings', { ...(await send('getDisplaySettings')), showMatches: false, conflictColour: 'magenta', matchColour: 'nope' as 'teal' });
    expect(s).toMatchObject({ showMatches: false, conflictColour: 'magenta', matchColour: 'teal' });
    const r = await check();
    expect(unpackFindings(r.packed).map((f) => f.verdict)).toEqual(['conflict']);
    expect(r.colours).toEqual({ match: '#00696d', conflict: '#a1146b' });
    await send('setDisplaySettings', { ...s, showMatches: true, kinds: ['date'] });
    expect(unpackFindings((await check()).packed)).toEqual([]);
  });
});
