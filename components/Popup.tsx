// The toolbar popup: the fact base at a glance and what Factlens found on this page.
import type { DbStats } from '@/lib/db/repository';
import { useEffect, useState } from 'preact/hooks';
import type { PauseState, Shortcut, TabSummary } from '@/lib/ext/messaging';
import { Counts } from './Counts';
import { PauseSwitches } from './PauseSwitches';
import { useLoad, type Load } from './use-load';
import type { Fact, Lang } from '@/lib/model';
import type { FindingItem, RevealResult } from '@/lib/dom/reveal';
import { PageFindingsLoader } from './PageFindings';
import { PopupSearch, useUiLang } from './PopupSearch';
import { ta } from './app-strings';

export interface PopupClient {
  getStats(): Promise<DbStats>;
  /** The current tab's summary; null when Factlens does not run on that page. */
  getPageSummary(): Promise<TabSummary | null>;
  openOptions(): void;
  /** Pause state of the current tab and its site; null when the tab shows no web page. Optional: no switches without it. */
  getPauseState?(): Promise<PauseState | null>;
  setSitePaused?(paused: boolean): Promise<PauseState>;
  setTabPaused?(paused: boolean): Promise<PauseState>;
  /** The facts, for the search box (its index is built in the popup). Optional: no search without it. */
  listFacts?(): Promise<Fact[]>;
  /** This page's marks, conflicts first; null when no content script answers. */
  listFindings?(): Promise<FindingItem[] | null>;
  /** Asks the page to scroll to a mark and open its card. */
  revealFinding?(item: FindingItem): Promise<RevealResult | null>;
  /** The interface language from the settings. */
  uiLang?(): Promise<Lang>;
  /** Closes the popup (Escape on an empty search). */
  close?(): void;
  /** The keyboard shortcuts as the browser assigned them. */
  listShortcuts?(): Promise<Shortcut[]>;
  /** Opens the browser's page for changing the shortcuts, where it has one. */
  openShortcutSettings?(): void;
}

/** How often the popup asks the page how it is doing (it follows pausing, resuming, new marks). */
export const POPUP_REFRESH_MS = 700;

/** The page's summary, asked again every `ms` while the popup is open. */
export function usePageSummary(load: () => Promise<TabSummary | null>, ms = POPUP_REFRESH_MS): Load<TabSummary | null> {
  const [result, setResult] = useState<Load<TabSummary | null>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () =>
      load().then(
        (value) => live && setResult((old) => (old.state === 'ready' && sameSummary(old.value, value) ? old : { state: 'ready', value })),
        (e: unknown) => live && setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
      ).finally(() => {
        if (live) timer = setTimeout(tick, ms);
      });
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return result;
}

const sameSummary = (a: TabSummary | null, b: TabSummary | null) =>
  a === b || (!!a && !!b && a.status === b.status && a.matches === b.matches && a.conflicts === b.conflicts && a.message === b.message);

export function Popup({ client }: { client: PopupClient }) {
  const stats = useLoad(() => client.getStats());
  const page = usePageSummary(() => client.getPageSummary());
  const lang = useUiLang(client.uiLang);
  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>Factlens</h1>
      </header>
      {client.listFacts && (
        <section class="fl-popup-search">
          <PopupSearch loadFacts={client.listFacts} lang={lang} onEscape={client.close} />
        </section>
      )}
      <section aria-labelledby="page-title">
        <h2 id="page-title">{ta(lang, 'ui.thisPage')}</h2>
        <PageSection page={page} lang={lang} />
        {client.listFindings && client.revealFinding && page.state === 'ready' && page.value?.status === 'done' && (
          <PageFindingsLoader
            // Read again whenever the page's counts change (a mark hidden, text added).
            key={`${page.value.matches}:${page.value.conflicts}`}
            load={client.listFindings}
            reveal={client.revealFinding}
            lang={lang}
          />
        )}
        {client.getPauseState && <PauseSection client={client} lang={lang} />}
      </section>
      <section aria-labelledby="base-title">
        <h2 id="base-title">{ta(lang, 'ui.factBase')}</h2>
        {stats.state === 'loading' && <p class="muted">{ta(lang, 'ui.loading')}</p>}
        {stats.state === 'error' && <p role="alert">{ta(lang, 'ui.baseError', { message: stats.message })}</p>}
        {stats.state === 'ready' && (
          <Counts
            label={ta(lang, 'ui.factBase')}
            items={[
              { id: 'documents', label: ta(lang, 'ui.documents'), value: stats.value.documents },
              { id: 'facts', label: ta(lang, 'ui.facts'), value: stats.value.facts },
            ]}
          />
        )}
      </section>
      {client.listShortcuts && <ShortcutsSection client={client} lang={lang} />}
      <footer>
        <button type="button" onClick={() => client.openOptions()}>
          {ta(lang, 'ui.openOptions')}
        </button>
      </footer>
    </main>
  );
}

function PageSection({ page, lang }: { page: Load<TabSummary | null>; lang: Lang }) {
  if (page.state === 'loading') return <p class="muted">{ta(lang, 'ui.loading')}</p>;
  if (page.state === 'error') return <p role="alert">{ta(lang, 'ui.pageError', { message: page.message })}</p>;
  const summary = page.value;
  if (!summary) return <p class="muted">{ta(lang, 'ui.notRunning')}</p>;
  if (summary.status === 'checking') return <p class="muted">{ta(lang, 'ui.checking')}</p>;
  if (summary.status === 'paused') return <p class="muted" data-status="paused">{ta(lang, 'ui.paused')}</p>;
  if (summary.status !== 'done') return <p role="alert">{ta(lang, 'ui.notChecked', { message: summary.message ?? '' })}</p>;
  return (
    <Counts
      label={ta(lang, 'ui.thisPage')}
      items={[
        { id: 'conflicts', label: ta(lang, 'ui.conflicts'), value: summary.conflicts, tone: 'conflict' },
        { id: 'matches', label: ta(lang, 'ui.matches'), value: summary.matches, tone: 'match' },
      ]}
    />
  );
}

function PauseSection({ client, lang }: { client: PopupClient; lang: Lang }) {
  const initial = useLoad(() => client.getPauseState!());
  const [state, setState] = useState<PauseState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (initial.state !== 'ready' || !initial.value) return null;
  const current = state ?? initial.value;
  const change = (set: ((paused: boolean) => Promise<PauseState>) | undefined, paused: boolean) => {
    if (!set) return;
    setBusy(true);
    setError(undefined);
    set(paused)
      .then(setState, (e: unknown) => setError((e as Error)?.message ?? String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <PauseSwitches
      {...current}
      busy={busy}
      error={error}
      lang={lang}
      onSiteChange={(p) => change(client.setSitePaused, p)}
      onTabChange={(p) => change(client.setTabPaused, p)}
    />
  );
}

/** The next/previous-mark shortcuts as the browser assigned them (none: says how to set one). */
function ShortcutsSection({ client, lang }: { client: PopupClient; lang: Lang }) {
  const shortcuts = useLoad(() => client.listShortcuts!());
  if (shortcuts.state !== 'ready' || shortcuts.value.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{ta(lang, 'shortcuts.title')}</h2>
      <ShortcutList shortcuts={shortcuts.value} lang={lang} />
      {client.openShortcutSettings && (
        <button type="button" class="fl-more" onClick={() => client.openShortcutSettings!()}>
          {ta(lang, 'shortcuts.change')}
        </button>
      )}
    </section>
  );
}

export function ShortcutList({ shortcuts, lang }: { shortcuts: readonly Shortcut[]; lang: Lang }) {
  return (
    <ul class="fl-shortcuts">
      {shortcuts.map((s) => (
        <li key={s.name} data-command={s.name}>
          <span>{commandLabel(s, lang)}</span>
          {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="fl-unset">{ta(lang, 'shortcuts.unset')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A command's name in the interface language (the browser's description is the manifest's English). */
function commandLabel(s: Shortcut, lang: Lang): string {
  if (s.name === 'next-mark') return ta(lang, 'shortcuts.next');
  if (s.name === 'previous-mark') return ta(lang, 'shortcuts.previous');
  if (s.name === '_execute_action' || s.name === '_execute_browser_action') return ta(lang, 'shortcuts.popup');
  return s.description || s.name;
}
