// The toolbar badge of a tab. MV3 has browser.action; Firefox's MV2 build has browserAction.
import { browser } from 'wxt/browser';
import { badgeFor, type PageSummary } from './summary';

export async function showBadge(tabId: number, summary: PageSummary): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const badge = badgeFor(summary);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
