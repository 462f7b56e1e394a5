// The toolbar popup: the fact base at a glance and what Factlens found on this page.
import type { DbStats } from '@/lib/db/repository';
import { useState } from 'preact/hooks';
import type { PauseState, TabSummary } from '@/lib/ext/messaging';
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
}

export function Popup({ client }: { client: PopupClient }) {
  const stats = useLoad(() => client.getStats());
  const page = useLoad(() => client.getPageSummary());
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
          <PageFindingsLoader load={client.listFindings} reveal={client.revealFinding} lang={lang} />
        )}
        {client.getPauseState && <PauseSection client={client} />}
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

function PauseSection({ client }: { client: PopupClient }) {
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
      onSiteChange={(p) => change(client.setSitePaused, p)}
      onTabChange={(p) => change(client.setTabPaused, p)}
    />
  );
}
