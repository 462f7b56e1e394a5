// The background's answers to what the reader does from a card, the popup and the welcome page:
// hiding a finding ("This mark is wrong") and restoring it, opening the options on a fact, the
// keyboard shortcuts as the browser assigned them, and the welcome page on first install.
import { browser } from 'wxt/browser';
import type { FactlensDB } from '../db/schema';
import { DismissedStore } from './dismissed';
import { backgroundMessenger, type Shortcut } from './messaging';

/** The options page's address for one fact (OptionsFacts opens its form from #fact=<id>). */
export function optionsUrlForFact(factId: string): string {
  return browser.runtime.getURL(`/options.html#fact=${encodeURIComponent(factId)}` as '/options.html');
}

export async function listShortcuts(): Promise<Shortcut[]> {
  const all = (await browser.commands?.getAll?.()) ?? [];
  return all
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

export function registerReaderHandlers(db: FactlensDB, onDismissedChanged: () => void): { dismissed: DismissedStore; stop(): void } {
  const dismissed = new DismissedStore(db);
  const onInstalled = ({ reason }: { reason: string }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as '/options.html') }).catch(() => {});
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  const removers = [
    () => browser.runtime.onInstalled.removeListener(onInstalled),
    backgroundMessenger.onMessage('dismissFinding', async ({ data, sender, from }) => {
      // from a page, the address is the browser's for the sender's tab, never what the page says
      const tabUrl = (sender as { tab?: { url?: string } } | undefined)?.tab?.url;
      const d = await dismissed.add(from === 'content-script' && data && typeof data === 'object' ? { ...data, url: tabUrl ?? '' } : data);
      onDismissedChanged();
      return d;
    }),
    backgroundMessenger.onMessage('listDismissed', () => dismissed.list()),
    backgroundMessenger.onMessage('restoreDismissed', async ({ data }) => {
      await dismissed.remove(data?.key);
      onDismissedChanged();
    }),
    backgroundMessenger.onMessage('openFactInOptions', async ({ data }) => {
      if (typeof data?.factId !== 'string' || !data.factId) throw new TypeError('openFactInOptions: factId must be a string');
      await browser.tabs.create({ url: optionsUrlForFact(data.factId) });
    }),
    backgroundMessenger.onMessage('listShortcuts', () => listShortcuts()),
  ];
  return { dismissed, stop: () => removers.forEach((r) => r()) };
}
