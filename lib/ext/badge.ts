// The toolbar badge of a tab. MV3 has browser.action; Firefox's MV2 build has browserAction.
import { browser } from 'wxt/browser';
import type { Lang } from '../model';
import { badgeFor, type PageSummary } from './summary';

/** Sets a tab's badge; its tooltip in the interface language. */
export async function showBadge(tabId: number, summary: PageSummary, lang: Lang = 'en'): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const badge = badgeFor(summary, lang);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
