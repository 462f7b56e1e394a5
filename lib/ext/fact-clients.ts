// What the popup's search and page list, and the options page, ask the background and the tab
// (issue 6), bound to the real messengers. Merged into popupClient()/optionsClient() by the pages.
import { browser } from 'wxt/browser';
import type { OptionsFactClient } from '@/components/OptionsFacts';
import type { PopupClient } from '@/components/Popup';
import type { FactRecord } from '../db/records';
import type { Fact, Lang } from '../model';
import { targetTabId } from './clients';
import { resolveUiLang } from './display-settings';
import { backgroundMessenger, tabMessenger } from './messaging';

const send = backgroundMessenger.sendMessage;

/**
 * A fact as the pages show it: the database's bookkeeping fields dropped, the origin kept, and
 * userEdited when set (an export carries it, so that importing it back changes nothing).
 */
export function plainFact({ userEdited, docs: _d, updatedAt: _u, ...fact }: FactRecord): Fact {
  return userEdited ? { ...fact, userEdited } : fact;
}

export async function uiLang(): Promise<Lang> {
  const s = await send('getDisplaySettings');
  return resolveUiLang(s.uiLang, browser.i18n?.getUILanguage?.());
}

export function popupFactClient(search: string): Required<Pick<PopupClient, 'listFacts' | 'listFindings' | 'revealFinding' | 'uiLang' | 'close'>> {
  const onTab = async <T,>(ask: (tabId: number) => Promise<T>): Promise<T | null> => {
    const tabId = await targetTabId(search);
    if (tabId === undefined) return null;
    try {
      return await ask(tabId);
    } catch {
      return null; // no content script there
    }
  };
  return {
    listFacts: async () => (await send('listFacts')).map(plainFact),
    listFindings: () => onTab((tabId) => tabMessenger.sendMessage('listFindings', undefined, { tabId, frameId: 0 })),
    revealFinding: (item) => onTab((tabId) => tabMessenger.sendMessage('revealFinding', { index: item.index, factId: item.factId, text: item.text }, { tabId, frameId: 0 })),
    uiLang,
    close: () => window.close(),
  };
}

export function optionsFactClient(): OptionsFactClient {
  return {
    listFacts: async () => (await send('listFacts')).map(plainFact),
    listDocuments: () => send('listDocuments'),
    saveFact: (fact) => send('saveFact', fact).then(plainFact),
    deleteFact: (id) => send('deleteFact', id),
    restoreFact: (row) => send('restoreFact', row),
    importFacts: (facts, mode) => send('importFacts', { facts, mode }),
    resetPreview: () => send('resetPreview'),
    resetToCorpus: () => send('resetToCorpus'),
    proposeFacts: (doc) => send('proposeFacts', doc),
    // Only what the background uses of each kept proposal: the statement and the base fact's id.
    addDocument: (doc, kept) => send('addReviewedDocument', { doc, proposals: kept.map((p) => ({ fact: p.fact, ...(p.base ? { base: { id: p.base.id } } : {}) })) }).then((rows) => rows.map(plainFact)),
    getDisplaySettings: () => send('getDisplaySettings'),
    setDisplaySettings: (s) => send('setDisplaySettings', s),
    uiLang,
  };
}
