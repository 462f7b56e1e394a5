// The background's wiring: database, corpus loading, matcher cache and message handlers.
// Kept out of entrypoints/background.ts so that unit tests run it against fakeBrowser.
import { browser } from 'wxt/browser';
import type { CorpusDocument } from '../db/corpus';
import { FactRepository } from '../db/repository';
import type { FactlensDB } from '../db/schema';
import type { FactBase } from '../model';
import { showBadge } from './badge';
import { CheckService, type CheckEngine } from './check-service';
import { packFindings } from './finding-wire';
import { CorpusSync } from './corpus-sync';
import { backgroundMessenger, tabMessenger, type NavDirection, type NavResult, type PauseState } from './messaging';
import { isPaused, PauseStore, siteOf } from './pause';
import { summarize, type PageSummary } from './summary';
import { DisplayCache } from './display-settings';
import { registerFactBaseHandlers } from './fact-base-handlers';
import { registerReaderHandlers } from './reader-handlers';

/** Manifest commands (wxt.config.ts) and the direction each moves in. */
export const NAV_COMMANDS: Readonly<Record<string, NavDirection>> = {
  'next-mark': 'next',
  'previous-mark': 'previous',
};

/** The browser's interface language, when it says (test doubles may not). */
function browserUiLang(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

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

  const pause = new PauseStore(db);
  /** Running totals per tab, for the badge of pages checked in parts. */
  const tabCounts = new Map<number, PageSummary>();

  /** Asks a tab's content script to move to the next/previous mark; null when none runs there. */
  const navigateTab = async (tabId: number, direction: NavDirection): Promise<NavResult | null> => {
    try {
      return await tabMessenger.sendMessage('navigateMarks', { direction }, { tabId, frameId: 0 });
    } catch {
      return null; // no content script in that tab (browser page, web store)
    }
  };

  /** Tells the content scripts of the given tabs whether they are paused now. */
  const notifyTabs = async (tabs: { id?: number; url?: string }[]) => {
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || !tab.url) return;
        const state = await pause.state(tab.url, tab.id);
        if (isPaused(state)) {
          tabCounts.delete(tab.id);
          await showBadge(tab.id, { matches: 0, conflicts: 0 }).catch(() => {});
        }
        await tabMessenger.sendMessage('setPaused', { paused: isPaused(state) }, tab.id).catch(() => {});
      }),
    );
  };

  const onCommand = (command: string, tab?: { id?: number }) => {
    const direction = Object.hasOwn(NAV_COMMANDS, command) ? NAV_COMMANDS[command] : undefined;
    if (direction && tab?.id !== undefined) void navigateTab(tab.id, direction);
  };
  browser.commands?.onCommand.addListener(onCommand);
  const onTabRemoved = (tabId: number) => {
    pause.forgetTab(tabId);
    tabCounts.delete(tabId);
  };
  browser.tabs?.onRemoved.addListener(onTabRemoved);

  const display = new DisplayCache(db);
  const reader = registerReaderHandlers(db, () => {});
  const removers = [
    reader.stop,
    ...registerFactBaseHandlers({
      repo,
      engine,
      ready,
      syncCorpus: () => corpus.sync(),
      onFactsChanged: () => checker.invalidate(),
      onDisplayChanged: () => display.invalidate(),
    }),
    () => browser.commands?.onCommand.removeListener(onCommand),
    () => browser.tabs?.onRemoved.removeListener(onTabRemoved),
    backgroundMessenger.onMessage('getPauseState', ({ data, sender, from }) =>
      // A content script learns only its own tab's state: what the browser says of the sender.
      from === 'content-script'
        ? pause.state(sender.tab?.url ?? sender.url ?? '', sender.tab?.id)
        : pause.state(data.url, data.tabId),
    ),
    backgroundMessenger.onMessage('setSitePaused', async ({ data }): Promise<PauseState> => {
      const site = await pause.setSite(data.url, data.paused);
      const tabs = (await browser.tabs.query({})).filter((t) => t.url && siteOf(t.url) === site);
      await notifyTabs(tabs);
      return pause.state(data.url, undefined);
    }),
    backgroundMessenger.onMessage('setTabPaused', async ({ data }): Promise<PauseState> => {
      pause.setTab(data.tabId, data.paused);
      const tab = await browser.tabs.get(data.tabId);
      await notifyTabs([tab]);
      return pause.state(tab.url ?? '', data.tabId);
    }),
    backgroundMessenger.onMessage('navigateTab', ({ data }) => navigateTab(data.tabId, data.direction)),
    backgroundMessenger.onMessage('checkPage', async ({ data, sender }) => {
      await ready();
      const checked = await checker.check(data.text);
      const result = await display.apply({ ...checked, findings: await reader.dismissed.filter(checked.findings) }, browserUiLang());
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        const part = summarize(result.findings);
        const before = data.continued ? tabCounts.get(tabId) : undefined;
        const total = before ? { matches: before.matches + part.matches, conflicts: before.conflicts + part.conflicts } : part;
        tabCounts.set(tabId, total);
        showBadge(tabId, total, result.uiLang).catch((e) => console.warn('[factlens] badge:', e));
      }
      const { findings, ...rest } = result;
      return { ...rest, packed: packFindings(findings) };
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
    pause,
    ready,
    onCommand,
    stop: () => removers.forEach((remove) => remove()),
  };
}
