// Who a test message comes from. fakeBrowser delivers runtime messages with an empty sender; the
// background answers only senders the browser would name (sender-policy.ts), so tests say which.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface TestSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id: number; url?: string };
  frameId?: number;
}

/** The options page (or the popup), as Chromium names it. */
export function extensionPage(path = '/options.html'): TestSender {
  const url = fakeBrowser.runtime.getURL(path as '/');
  // (Node's URL gives "null" as the origin of chrome-extension: URLs; Chromium gives this.)
  return { id: fakeBrowser.runtime.id, url, origin: fakeBrowser.runtime.getURL('/').replace(/\/$/, '') };
}

/** A content script in the top frame of a tab showing `url`. */
export function contentScript(tabId: number, url: string): TestSender {
  return { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: tabId, url }, frameId: 0 };
}

/** Every runtime.sendMessage from now on arrives from `sender` (until the next call). */
export function sendAs(sender: TestSender): void {
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    return replies.find((r: unknown) => !!r);
  }) as typeof fakeBrowser.runtime.sendMessage;
}
