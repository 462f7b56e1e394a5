// Export → import is the identity: the options page's own export, imported back ("replace"), leaves
// the fact base exactly as it was, the origin and edited flags of every fact included, in both
// formats; and what the importer accepts always exports to a file it accepts again.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactRepository } from '../../../lib/db/repository';
import { startBackground } from '../../../lib/ext/background-app';
import { plainFact } from '../../../lib/ext/fact-clients';
import { backgroundMessenger } from '../../../lib/ext/messaging';
import { buildFactBase, checkText, compileMatcher, detectLang } from '../../../lib/index';
import { exportClaimReview, importClaimReview } from '../../../lib/io/claimreview';
import { exportSizes } from '../../../lib/io/export-size';
import { exportFacts, importFacts } from '../../../lib/io/facts-json';
import type { Fact } from '../../../lib/model';
import { FIXTURE_FACTS } from '../fixtures/hand-made-facts';
import { factBase, memoryDb, nameFact, readShippedCorpus } from '../helpers';
import { extensionPage, sendAs } from '../ext/senders';

const engine = { buildFactBase, compileMatcher, checkText, detectLang };
const send = backgroundMessenger.sendMessage;

describe('export → import through the background', () => {
  let app: ReturnType<typeof startBackground>;
  const rows = async () => (await send('listFacts')).map(({ updatedAt: _u, ...r }) => r);
  const exported = async () => (await send('listFacts')).map(plainFact);

  beforeEach(async () => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.commands.onCommand, { addListener: () => {}, removeListener: () => {} });
    sendAs(extensionPage());
    app = startBackground({ db: memoryDb(), engine, readCorpusFile: readShippedCorpus, version: '0.1.0' });
    await app.ready();
    // The user edits a corpus fact, deletes another and adds one of their own.
    const corpus = (await send('listFacts')).map(plainFact);
    await send('saveFact', { ...corpus[0], subjectLabel: 'Edited by me' });
    await send('deleteFact', corpus[1].id);
    await send('saveFact', nameFact('user:zorba', 'Zorba Quintavalle', 'user-doc', { origin: 'user' }));
  });
  afterEach(() => app.stop());

  it.each([
    ['factlens-facts/1', (f: Fact[]) => exportFacts(f), (t: string) => importFacts(t)],
    ['ClaimReview', (f: Fact[]) => exportClaimReview(f), (t: string) => importClaimReview(t)],
  ])('%s: importing the export (replace) changes nothing, flags included; and the export is byte-identical', async (_name, write, read) => {
    const before = await rows();
    const preview = await send('resetPreview');
    expect(preview).toEqual({ userFacts: 1, editedCorpusFacts: 1, deletedCorpusFacts: 1, userDocuments: 0 });
    const file = write(await exported());
    const parsed = read(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await send('importFacts', { facts: parsed.facts, mode: 'replace' });
    expect(await rows()).toEqual(before);
    expect(await send('resetPreview')).toEqual(preview);
    expect(write(await exported())).toBe(file);
  });

  it('after a re-import only the fact the user edited is flagged, and a corpus reload leaves it alone', async () => {
    const parsed = importFacts(exportFacts(await exported()));
    if (!parsed.ok) throw new Error('refused');
    await send('importFacts', { facts: parsed.facts, mode: 'merge' });
    const report = await app.corpus.sync();
    expect(report).toMatchObject({ keptForUser: 1 });
    const after = await send('listFacts');
    expect(after.filter((r) => r.userEdited).map((r) => r.subjectLabel)).toEqual(['Edited by me']);
  });

  it('a file without edited flags (an older export) marks only the corpus facts whose content it changes', async () => {
    const facts = (await exported()).map(({ userEdited: _e, ...f }) => f);
    const changed = facts.find((f) => f.origin === 'corpus' && f.subjectLabel !== 'Edited by me')!;
    await send('importFacts', { facts: facts.map((f) => (f === changed ? { ...f, subjectLabel: 'Changed by the file' } : f)), mode: 'merge' });
    const edited = (await send('listFacts')).filter((r) => r.userEdited).map((r) => r.subjectLabel).sort();
    expect(edited).toEqual(['Changed by the file', 'Edited by me']);
  });
});

describe('what the importer accepts exports to a file it accepts again', () => {
  it('refuses a file whose facts would export over the limit, naming the format and the size', () => {
    const text = exportFacts(FIXTURE_FACTS);
    const sizes = exportSizes(FIXTURE_FACTS);
    expect(sizes.claimreview).toBeGreaterThan(sizes.facts);
    // The file itself fits, its ClaimReview export would not.
    const max = Math.floor((sizes.facts + sizes.claimreview) / 2);
    const r = importFacts(text, { maxBytes: max });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].message).toMatch(/^These facts would export to a ClaimReview file of \d+ kB, over the \d+ kB an import reads back\. Nothing was written/);
    expect(importFacts(text, { maxBytes: sizes.claimreview }).ok).toBe(true);
  });

  it('the repository refuses an import that would leave a base too big to export and import back', async () => {
    const repo = new FactRepository(memoryDb());
    await repo.syncCorpus([], () => factBase(FIXTURE_FACTS.slice(0, 3)), '1');
    const before = await repo.listFacts();
    const max = exportSizes(FIXTURE_FACTS).claimreview - 1;
    // Each half fits on its own; merged into the base, the whole would not.
    await expect(repo.importFacts(FIXTURE_FACTS.slice(3), 'merge', 1, max)).rejects.toThrow(/^The fact base with these facts would export to a ClaimReview file/);
    expect(await repo.listFacts()).toEqual(before);
    await repo.importFacts(FIXTURE_FACTS.slice(3), 'replace', 1, max);
    expect((await repo.listFacts()).length).toBe(FIXTURE_FACTS.length - 3);
  });

  it('a fact id with a lone surrogate does not stop the ClaimReview export of the base', () => {
    const f = { ...FIXTURE_FACTS[0], id: 'broken-\ud800-id' };
    expect(() => exportClaimReview([f, FIXTURE_FACTS[1]])).not.toThrow();
    expect(JSON.parse(exportClaimReview([f]))['@graph'][0]['@id']).toBe('urn:factlens:fact:broken-%EF%BF%BD-id');
  });
});
