// The background's wiring: database, corpus loading, matcher cache and message handlers.
// Kept out of entrypoints/background.ts so that unit tests run it against fakeBrowser.
import { browser } from 'wxt/browser';
import type { CorpusDocument } from '../db/corpus';
import { FactRepository } from '../db/repository';
import type { FactlensDB } from '../db/schema';
import type { FactBase } from '../model';
import { showBadge } from './badge';
import { CheckService, type CheckEngine } from './check-service';
import { CorpusSync } from './corpus-sync';
import { backgroundMessenger } from './messaging';
import { summarize } from './summary';

export interface BackgroundDeps<M> {
  db: FactlensDB;
  engine: CheckEngine<M> & { buildFactBase(docs: CorpusDocument[]): FactBase };
  readCorpusFile: (file: string) => Promise<string>;
  version: string;
}

export function startBackground<M>({ db, engine, readCorpusFile, version }: BackgroundDeps<M>) {
  const repo = new FactRepository(db);
  const checker = new CheckService(engine, () => repo.engineFacts());
  const corpus = new CorpusSync({
    repo,
    readCorpusFile,
    buildFactBase: (docs) => engine.buildFactBase(docs),
    version,
    onFactsChanged: () => checker.invalidate(),
  });
  const logFailure = (e: unknown) => console.error('[factlens] loading the corpus failed:', e);

  // Every answer waits for the corpus to be in the database (the first start loads it).
  const ready = () => corpus.ensure();
  ready().catch(logFailure);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') corpus.sync().catch(logFailure);
  });

  const removers = [
    backgroundMessenger.onMessage('checkPage', async ({ data, sender }) => {
      await ready();
      const result = await checker.check(data.text);
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        showBadge(tabId, summarize(result.findings)).catch((e) => console.warn('[factlens] badge:', e));
      }
      return result;
    }),
    backgroundMessenger.onMessage('getStats', async () => {
      await ready();
      return repo.stats();
    }),
    backgroundMessenger.onMessage('listDocuments', async () => {
      await ready();
      return repo.listDocuments();
    }),
    backgroundMessenger.onMessage('listFacts', async () => {
      await ready();
      return repo.listFacts();
    }),
  ];

  return {
    repo,
    corpus,
    checker,
    ready,
    stop: () => removers.forEach((remove) => remove()),
  };
}
