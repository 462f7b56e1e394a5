// What the popup and options pages ask, bound to the real messengers.
import { browser } from 'wxt/browser';
import type { OptionsClient } from '@/components/Options';
import type { PopupClient } from '@/components/Popup';
import { backgroundMessenger, tabMessenger } from './messaging';

/**
 * The tab the popup reports on: the active tab of its window, or the tab named by `?tab=<id>`
 * when the popup is opened as a page of its own (by keyboard users, and by the end-to-end tests).
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) throw new Error(`?tab= must be a tab id, got "${param}"`);
    return id;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function popupClient(search: string): PopupClient {
  return {
    getStats: () => backgroundMessenger.sendMessage('getStats'),
    async getPageSummary() {
      const tabId = await targetTabId(search);
      if (tabId === undefined) return null;
      try {
        return await tabMessenger.sendMessage('getPageSummary', undefined, { tabId, frameId: 0 });
      } catch {
        // No content script in that tab: a browser page, the web store, or a page opened before install.
        return null;
      }
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    async getPauseState() {
      const tab = await targetTab(search);
      if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
      return backgroundMessenger.sendMessage('getPauseState', { url: tab.url, tabId: tab.id });
    },
    async setSitePaused(paused) {
      const tab = await targetTab(search);
      if (!tab?.url) throw new Error('No page in this tab');
      await backgroundMessenger.sendMessage('setSitePaused', { url: tab.url, paused });
      return backgroundMessenger.sendMessage('getPauseState', { url: tab.url, tabId: tab.id });
    },
    listShortcuts: () => backgroundMessenger.sendMessage('listShortcuts'),
    openShortcutSettings,
    async setTabPaused(paused) {
      const tab = await targetTab(search);
      if (tab?.id === undefined) throw new Error('No tab');
      return backgroundMessenger.sendMessage('setTabPaused', { tabId: tab.id, paused });
    },
  };
}

/** The target tab with its URL (for the pause switches). */
async function targetTab(search: string): Promise<{ id?: number; url?: string } | undefined> {
  const id = await targetTabId(search);
  if (id === undefined) return undefined;
  return browser.tabs.get(id);
}

export function optionsClient(): OptionsClient {
  return {
    getStats: () => backgroundMessenger.sendMessage('getStats'),
    listDocuments: () => backgroundMessenger.sendMessage('listDocuments'),
    dismissed: {
      listDismissed: () => backgroundMessenger.sendMessage('listDismissed'),
      restoreDismissed: (key) => backgroundMessenger.sendMessage('restoreDismissed', { key }),
    },
  };
}

/**
 * The browser's page for changing extension shortcuts: Firefox opens its own
 * (commands.openShortcutSettings, Firefox 137+); Chromium's is chrome://extensions/shortcuts.
 */
export function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (typeof commands?.openShortcutSettings === 'function') void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
