// Who may ask the background what. A content script runs inside a web page: a compromised
// renderer can send anything from there, so page-side senders may only ask for a check and for
// their own tab's pause state. Everything that reads or writes the fact base or the settings is
// answered only for the extension's own pages (popup, options), told apart by the URL the browser
// itself puts on the message (the page cannot forge it).

export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/**
 * The messages a content script may send; any other type is for the extension's pages only.
 * A card's two buttons come from the page's world too: "This mark is wrong" adds one checked,
 * size-limited row to the hidden-marks list (for the sender's own tab's address), and "Edit this
 * fact" only opens the options page.
 */
export const PAGE_MESSAGES: ReadonlySet<string> = new Set(['checkPage', 'getPauseState', 'dismissFinding', 'openFactInOptions']);

export interface ExtensionSelf {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  base: string;
}

/** The fields of runtime.MessageSender this reads. */
interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
  origin?: string;
}

export function senderKind(sender: Sender | undefined, self: ExtensionSelf): SenderKind {
  if (!sender || sender.id !== self.id) return 'unknown';
  const url = typeof sender.url === 'string' ? sender.url : '';
  const ownOrigin = self.base.replace(/\/+$/, '');
  if (url.startsWith(self.base) && (sender.origin === undefined || sender.origin === ownOrigin)) return 'extension-page';
  // Content scripts always come from a tab; anything else from outside the extension is unknown.
  if (sender.tab && url !== '') return 'content-script';
  return 'unknown';
}

/** Why a message is refused, or null when the sender may send it. */
export function refusal(type: string, kind: SenderKind): string | null {
  if (kind === 'extension-page') return null;
  if (kind === 'content-script' && PAGE_MESSAGES.has(type)) return null;
  return kind === 'content-script'
    ? `"${type}" is accepted only from the extension's own pages, not from a page's content script`
    : `"${type}" is accepted only from the extension's own pages and content scripts`;
}
