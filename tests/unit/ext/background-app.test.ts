// The background's wiring, run against WXT's fakeBrowser, fake-indexeddb, the real engine and the
// corpus files the extension ships; messages go through the same typed messengers as in the browser.
import { unpackFindings } from '../../../lib/ext/finding-wire';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/ext/background-app';
import { backgroundMessenger } from '../../../lib/ext/messaging';
import { buildFactBase, checkText, compileMatcher, detectLang } from '../../../lib/index';
import { extensionPage, sendAs } from './senders';
import { memoryDb, nameFact, readShippedCorpus } from '../helpers';

const engine = { buildFactBase, compileMatcher, checkText, detectLang };

describe('background', () => {
  let app: ReturnType<typeof startBackground>;
  let reads: string[];

  beforeEach(() => {
    fakeBrowser.reset();
    sendAs(extensionPage());
    // fakeBrowser has no commands API (the next/previous-mark shortcuts the background listens to).
    Object.assign(fakeBrowser.commands.onCommand, { addListener: () => {}, removeListener: () => {} });
    reads = [];
    const readCorpusFile = (file: string) => (reads.push(file), readShippedCorpus(file));
    app = startBackground({ db: memoryDb(), engine, readCorpusFile, version: '0.1.0' });
  });
  afterEach(() => app.stop());

  it('loads the shipped corpus on its first start and answers with the database counts', async () => {
    const stats = await backgroundMessenger.sendMessage('getStats');
    expect(stats.documents).toBe(5);
    expect(stats.facts).toBeGreaterThan(10);
    expect(stats).toMatchObject({ userFacts: 0, corpus: { version: '0.1.0', documents: 5 } });
    expect(reads.sort()).toEqual(['000_3d9744cf5ae48081.txt', '001_07debdc02fc119d0.txt', '002_5fd9665b54edd6bd.txt',
      '003_7560a3e1914d2327.txt', '004_c0984e1fb0cae854.txt', 'manifest.json']);
  });

  it('lists the documents with their facts, and the facts', async () => {
    const docs = await backgroundMessenger.sendMessage('listDocuments');
    expect(docs.map((d) => d.lang)).toEqual(['en', 'vi', 'en', 'fr', 'fr']);
    expect(docs.every((d) => d.factCount > 0)).toBe(true);
    const facts = await backgroundMessenger.sendMessage('listFacts');
    expect(facts.length).toBe((await backgroundMessenger.sendMessage('getStats')).facts);
    expect(facts.every((f) => f.origin === 'corpus' && !f.userEdited)).toBe(true);
  });

  it('checks page text: a matching name and a misspelled one', async () => {
    const text =
      'The Vietnamese delegation was led by Deputy Foreign Minister Le Thi Thu Hang and included representatives ' +
      'from various government ministries. Later that day, La Thi Thu Hang spoke to the press about the convention.';
    const { lang, packed } = await backgroundMessenger.sendMessage('checkPage', { text, url: 'http://127.0.0.1/a' });
    expect(lang).toBe('en');
    const findings = unpackFindings(packed);
    const verdicts = findings.map((f) => [text.slice(f.start, f.end), f.verdict]);
    expect(verdicts).toContainEqual(['Le Thi Thu Hang', 'match']);
    expect(verdicts).toContainEqual(['La Thi Thu Hang', 'conflict']);
  });

  it('a finding the reader called wrong is left out of every check until it is restored', async () => {
    const text = 'Later that day, La Thi Thu Hang spoke to the press about the convention.';
    const check = async () => unpackFindings((await backgroundMessenger.sendMessage('checkPage', { text, url: 'http://127.0.0.1/a' })).packed);
    const conflict = (await check()).find((f) => f.verdict === 'conflict')!;
    expect(conflict.text).toBe('La Thi Thu Hang');
    const hidden = await backgroundMessenger.sendMessage('dismissFinding', {
      factId: conflict.factId, text: conflict.text, verdict: conflict.verdict, kind: conflict.kind, subject: conflict.subject, url: 'http://127.0.0.1/a',
    });
    expect((await check()).some((f) => f.factId === conflict.factId && f.text === conflict.text)).toBe(false);
    expect((await backgroundMessenger.sendMessage('listDismissed')).map((d) => d.key)).toEqual([hidden.key]);
    await backgroundMessenger.sendMessage('restoreDismissed', { key: hidden.key });
    expect((await check()).some((f) => f.factId === conflict.factId && f.text === conflict.text)).toBe(true);
  });

  it('does not load the corpus again on a restart of the same version', async () => {
    await app.ready();
    const before = reads.length;
    await app.corpus.ensure();
    expect(reads.length).toBe(before);
  });

  it('an update reloads the corpus and keeps what the user changed; checks then use the new facts', async () => {
    await app.ready();
    await app.repo.saveUserFact(nameFact('user:ernst', 'Ernst Noorman', 'mine', { origin: 'user', subject: 'person:noorman' }));
    app.checker.invalidate(); // what the options page's save will do
    await app.corpus.sync();
    const stats = await backgroundMessenger.sendMessage('getStats');
    expect(stats.userFacts).toBe(1);
    const { packed } = await backgroundMessenger.sendMessage('checkPage', { text: 'Ernst Noorman praised it.', url: 'http://x/' });
    expect(unpackFindings(packed).some((f) => f.factId === 'user:ernst')).toBe(true);
  });

  it('sends errors back to the caller with their message', async () => {
    await expect(backgroundMessenger.sendMessage('checkPage', { text: null as never, url: '' })).rejects.toThrow(
      'checkPage: text must be a string',
    );
  });
});
