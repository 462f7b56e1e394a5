// The typed protocol between the extension's contexts. Every message goes through these two
// messengers; nothing else calls runtime.sendMessage or tabs.sendMessage. The background's checks
// who sent each message (guarded-messaging.ts, sender-policy.ts): content scripts may send only
// checkPage and getPauseState.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { defineGuardedMessaging } from './guarded-messaging';
import type { DbStats, DocumentSummary } from '../db/repository';
import type { FactRecord } from '../db/records';
import type { Finding, Lang } from '../model';
import type { PageSummary } from './summary';
import type { PackedFindings } from './finding-wire';
import type { FindingItem, RevealRequest, RevealResult } from '../dom/reveal';
import type { FactBaseProtocol } from './fact-base-protocol';

export interface CheckPageRequest {
  text: string;
  /** Page URL, for logs and (later) per-site settings. */
  url: string;
  /**
   * A part of the page checked after others (slices of a long page, content added later): the
   * badge adds this part's findings to the tab's earlier ones instead of starting again.
   */
  continued?: boolean;
}

export interface CheckPageResult {
  /** The language the text was checked as. */
  lang: Lang;
  /** The findings, each fact's sources sent once (unpackFindings gives Finding[]). */
  packed: PackedFindings;
  /** Colours of the marks, from the user's display settings. */
  colours?: { match: string; conflict: string };
  /** The interface language the card speaks (the settings' choice, or the browser's). */
  uiLang?: Lang;
}

/** Handled by the background (runtime messages from content scripts, popup, options). */
export interface BackgroundProtocol extends FactBaseProtocol {
  checkPage(req: CheckPageRequest): CheckPageResult;
  getStats(): DbStats;
  listDocuments(): DocumentSummary[];
  listFacts(): FactRecord[];
  /**
   * Pause state for the sender's own tab and page (content scripts: their url and tabId are not
   * read) or for the given tab and url (popup).
   */
  getPauseState(req: PauseQuery): PauseState;
  /** Pauses or resumes a site (remembered in the settings table); its open tabs follow. */
  setSitePaused(req: { url: string; paused: boolean }): PauseState;
  /** Pauses or resumes one tab (kept in the background's memory until the tab closes). */
  setTabPaused(req: { tabId: number; paused: boolean }): PauseState;
  /** What the next/previous-mark commands do, for a given tab (the commands handler calls the same). */
  navigateTab(req: { tabId: number; direction: NavDirection }): NavResult | null;
  /** "This mark is wrong" on a card: the finding is hidden from now on (lib/ext/dismissed.ts). */
  dismissFinding(req: DismissRequest): DismissedFinding;
  /** The findings the user hid, newest first (the options page lists them). */
  listDismissed(): DismissedFinding[];
  /** Shows a hidden finding again. */
  restoreDismissed(req: { key: string }): void;
  /** "Edit this fact" on a card: opens the options page on that fact. */
  openFactInOptions(req: { factId: string }): void;
  /** The keyboard shortcuts as the browser assigned them (commands.getAll()). */
  listShortcuts(): Shortcut[];
}

export interface DismissRequest {
  factId: string;
  /** The words on the page, as marked. */
  text: string;
  verdict: Finding['verdict'];
  kind: Finding['kind'];
  subject: string;
  /** The page it was hidden on (shown in the options; the finding is hidden on every page). */
  url: string;
}

export interface DismissedFinding extends DismissRequest {
  /** factId + normalised text: what is hidden. */
  key: string;
  /** When it was hidden (ms since epoch). */
  at: number;
}

export interface Shortcut {
  name: string;
  description: string;
  /** As the browser shows it ("Alt+Shift+K"); empty when the browser assigned none. */
  shortcut: string;
}

export interface PauseQuery {
  url: string;
  /** Omitted by content scripts: the sender's tab is used. */
  tabId?: number;
}

export interface PauseState {
  /** The site's key ("host" of the url). */
  site: string;
  sitePaused: boolean;
  tabPaused: boolean;
}

export type NavDirection = 'next' | 'previous';

/** Where keyboard navigation landed. */
export interface NavResult {
  /** Position of the mark among all marks (0-based), and how many there are. */
  index: number;
  total: number;
  verdict: Finding['verdict'];
  text: string;
  factId: string;
}

/** Handled by the content script of a tab (messages sent to that tab). */
export interface TabProtocol {
  /** This page's marks for the popup's list: conflicts first, then matches. */
  listFindings(): FindingItem[];
  /** Scrolls the page to a mark (and opens its card where the card is available) and flashes it. */
  revealFinding(req: RevealRequest): RevealResult;
  getPageSummary(): TabSummary;
  /** Moves to the next/previous conflict (or mark when none conflict), scrolls to it and opens its card. */
  navigateMarks(req: { direction: NavDirection }): NavResult | null;
  /** Pause changed for this tab: clear every mark, or check the page again. */
  setPaused(req: { paused: boolean }): void;
  /** What the open card shows and where (the page cannot read its closed shadow root; tests can ask this). */
  getCardState(): CardState;
}

/** The mark card as the content script sees it. */
export type CardState =
  | { open: false }
  | {
      open: true;
      text: string;
      /** The words of the mark the card is about. */
      markText: string;
      factId: string | null;
      verdict: string | null;
      rect: Box;
      markRects: Box[];
      view: { width: number; height: number };
      /** Its content is taller than the card and it scrolls. */
      scrollable: boolean;
      overflowing: boolean;
      side: string | null;
      position: string | null;
      /** Focus is inside the card, and the text of what has it. */
      focused: boolean;
      focusedText: string | null;
      headingStyle: { color: string; textTransform: string; letterSpacing: string } | null;
      lang: string | null;
      opened: { focus: boolean };
      /** The shadow root's markup with its styles (the tests check it with axe-core). */
      html: string;
    };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type PageStatus = 'checking' | 'done' | 'unsupported' | 'error' | 'paused';

export interface TabSummary extends PageSummary {
  url: string;
  status: PageStatus;
  /** Set when status is 'error' or 'unsupported'. */
  message?: string;
  /**
   * When the first marks were painted and when marking last finished (ms since the epoch), and
   * the marker's work figures. Kept out of the page's performance timeline, which the page reads.
   */
  timing?: { firstPaintAt: number | null; idleAt: number | null; slices: number; busyMs: number; longestSliceMs: number; longestReadMs: number; longestPaintMs: number; checks: number };
}

export const backgroundMessenger = defineGuardedMessaging<BackgroundProtocol>();
export const tabMessenger = defineExtensionMessaging<TabProtocol>();
