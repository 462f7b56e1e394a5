// The background's answers to the options page and the popup about the fact base: edits, deletes
// with undo, imports in one transaction, reset to corpus, user documents, display settings.
// Every fact that comes in is checked again (the pages check too, but the database is ours): by
// lib/db/checked.ts, which the repository also runs on everything it stores.
import type { CorpusDocument } from '../db/corpus';
import type { FactRepository } from '../db/repository';
import type { Fact, FactBase, Lang } from '../model';
import { LANGS } from '../model';
import { checkedDocument, checkedFacts, FactCheckError } from '../db/checked';
import { readDisplay, writeDisplay } from './display-settings';
import { backgroundMessenger } from './messaging';
import { reviewDocument, type KeptProposal } from '../review-document';

export interface FactBaseDeps {
  repo: FactRepository;
  engine: { buildFactBase(docs: CorpusDocument[]): FactBase; detectLang(text: string): Lang };
  /** Resolves once the corpus is in the database. */
  ready: () => Promise<unknown>;
  /** Reloads the packaged corpus (after a reset). */
  syncCorpus: () => Promise<unknown>;
  /** Called after any change of the facts (compiled matchers are dropped). */
  onFactsChanged: () => void;
  /** Called after the display settings changed. */
  onDisplayChanged?: () => void;
}

export { checkedFacts, FactCheckError } from '../db/checked';

/** Ids of facts proposed from a user document: kept apart from the corpus facts of the same subject. */
export function userFactId(docId: string, engineId: string): string {
  return `user:${docId}:${engineId}`;
}

export function registerFactBaseHandlers({ repo, engine, ready, syncCorpus, onFactsChanged, onDisplayChanged }: FactBaseDeps): Array<() => void> {
  const changed = <T>(v: T): T => (onFactsChanged(), v);
  return [
    backgroundMessenger.onMessage('saveFact', async ({ data }) => {
      await ready();
      return changed(await repo.saveUserFact(data));
    }),
    backgroundMessenger.onMessage('deleteFact', async ({ data }) => {
      await ready();
      return changed(await repo.deleteFact(data));
    }),
    backgroundMessenger.onMessage('restoreFact', async ({ data }) => {
      await ready();
      await repo.restoreFact(data);
      onFactsChanged();
    }),
    backgroundMessenger.onMessage('importFacts', async ({ data }) => {
      await ready();
      if (data.mode !== 'merge' && data.mode !== 'replace') throw new FactCheckError('mode must be "merge" or "replace"');
      return changed(await repo.importFacts(data.facts, data.mode));
    }),
    backgroundMessenger.onMessage('resetPreview', async () => {
      await ready();
      return repo.resetPreview();
    }),
    backgroundMessenger.onMessage('resetToCorpus', async () => {
      await ready();
      const removed = await repo.clearUserData();
      onFactsChanged();
      await syncCorpus();
      return removed;
    }),
    backgroundMessenger.onMessage('proposeFacts', async ({ data }) => {
      await ready();
      const lang: Lang = data.lang !== 'auto' && (LANGS as readonly unknown[]).includes(data.lang) ? data.lang : engine.detectLang(String(data.text ?? ''));
      const doc = checkedDocument({ ...data, lang });
      const stored = await repo.storedDocuments();
      if (stored.some((d) => d.id === doc.id)) throw new FactCheckError(`A document with the id "${doc.id}" already exists`);
      // The same merge as the corpus build: one fact per subject across every document, so each
      // value the new document states is compared with what the base holds for that subject.
      const built = engine.buildFactBase([...stored, doc].map((d) => ({ ...d, file: d.id })));
      const proposals = reviewDocument(await repo.engineFacts(), built.facts, doc.id);
      // The document's title goes with each of its sources, so cards name it wherever they show the quote.
      const titled = (sources: Fact['sources']) => sources.map((s) => ({ ...s, title: doc.title }));
      for (const p of proposals) p.fact = { ...p.fact, sources: titled(p.fact.sources), variants: p.fact.variants.map((v) => ({ ...v, sources: titled(v.sources) })) };
      return { lang, proposals };
    }),
    backgroundMessenger.onMessage('addReviewedDocument', async ({ data }) => {
      await ready();
      const doc = checkedDocument(data.doc);
      return changed(await repo.addReviewedDocument(doc, checkedProposals(data.proposals, doc.id)));
    }),
    backgroundMessenger.onMessage('addDocument', async ({ data }) => {
      await ready();
      const facts = checkedFacts(data.facts).map((f) => ({ ...f, origin: 'user' as const }));
      return changed(await repo.addUserDocument(data.doc, facts));
    }),
    backgroundMessenger.onMessage('documentTexts', async ({ data }) => {
      await ready();
      return repo.documentTexts(Array.isArray(data) ? data.filter((d) => typeof d === 'string') : []);
    }),
    backgroundMessenger.onMessage('getDisplaySettings', () => readDisplay(repo.db)),
    backgroundMessenger.onMessage('setDisplaySettings', async ({ data }) => {
      const s = await writeDisplay(repo.db, data);
      onDisplayChanged?.();
      return s;
    }),
  ];
}

/**
 * The proposals a user kept, as the page sends them back: each statement checked as a fact, quoting
 * only the document being added; of the base fact it was reviewed against, only the id is used.
 */
export function checkedProposals(raw: unknown, docId: string): KeptProposal[] {
  if (!Array.isArray(raw)) throw new FactCheckError('proposals must be a list');
  return raw.map((p: unknown, i): KeptProposal => {
    const what = `proposals[${i}]`;
    const o = p as { fact?: unknown; base?: { id?: unknown } } | null;
    if (!o || typeof o !== 'object') throw new FactCheckError(`Nothing was written: ${what} must be an object`);
    const [fact] = checkedFacts([o.fact], `${what}.fact`);
    const quoted = [...fact.sources, ...fact.variants.flatMap((v) => v.sources)];
    if (quoted.some((s) => s.doc !== docId)) throw new FactCheckError(`Nothing was written: ${what} quotes another document than the one added`);
    if (o.base !== undefined && (typeof o.base?.id !== 'string' || !o.base.id)) throw new FactCheckError(`Nothing was written: ${what}.base has no id`);
    return { fact: { ...fact, origin: 'user' }, ...(o.base ? { base: { id: o.base.id as string } } : {}) };
  });
}
