// The typed protocol between the extension's contexts. Every message goes through these two
// messengers; nothing else calls runtime.sendMessage or tabs.sendMessage.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DbStats, DocumentSummary } from '../db/repository';
import type { FactRecord } from '../db/records';
import type { Finding, Lang } from '../model';
import type { PageSummary } from './summary';

export interface CheckPageRequest {
  text: string;
  /** Page URL, for logs and (later) per-site settings. */
  url: string;
}

export interface CheckPageResult {
  /** The language the text was checked as. */
  lang: Lang;
  findings: Finding[];
}

/** Handled by the background (runtime messages from content scripts, popup, options). */
export interface BackgroundProtocol {
  checkPage(req: CheckPageRequest): CheckPageResult;
  getStats(): DbStats;
  listDocuments(): DocumentSummary[];
  listFacts(): FactRecord[];
}

/** Handled by the content script of a tab (messages sent to that tab). */
export interface TabProtocol {
  getPageSummary(): TabSummary;
}

export type PageStatus = 'checking' | 'done' | 'unsupported' | 'error';

export interface TabSummary extends PageSummary {
  url: string;
  status: PageStatus;
  /** Set when status is 'error' or 'unsupported'. */
  message?: string;
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const tabMessenger = defineExtensionMessaging<TabProtocol>();
