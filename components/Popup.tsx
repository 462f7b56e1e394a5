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
        <h2 id="page-title">This page</h2>
        <PageSection page={page} />
        {client.listFindings && client.revealFinding && page.state === 'ready' && page.value?.status === 'done' && (
          <PageFindingsLoader load={client.listFindings} reveal={client.revealFinding} lang={lang} />
        )}
        {client.getPauseState && <PauseSection client={client} />}
      </section>
      <section aria-labelledby="base-title">
        <h2 id="base-title">Fact base</h2>
        {stats.state === 'loading' && <p class="muted">Loading…</p>}
        {stats.state === 'error' && <p role="alert">Could not read the fact base: {stats.message}</p>}
        {stats.state === 'ready' && (
          <Counts
            label="Fact base"
            items={[
              { label: 'documents', value: stats.value.documents },
              { label: 'facts', value: stats.value.facts },
            ]}
          />
        )}
      </section>
      <footer>
        <button type="button" onClick={() => client.openOptions()}>
          Documents and facts…
        </button>
      </footer>
    </main>
  );
}

function PageSection({ page }: { page: Load<TabSummary | null> }) {
  if (page.state === 'loading') return <p class="muted">Loading…</p>;
  if (page.state === 'error') return <p role="alert">Could not ask the page: {page.message}</p>;
  const summary = page.value;
  if (!summary) return <p class="muted">Factlens does not run on this page.</p>;
  if (summary.status === 'checking') return <p class="muted">Checking the page…</p>;
  if (summary.status === 'paused') return <p class="muted" data-status="paused">Factlens is paused here.</p>;
  if (summary.status !== 'done') return <p role="alert">Not checked: {summary.message}</p>;
  return (
    <Counts
      label="This page"
      items={[
        { label: 'conflicts', value: summary.conflicts, tone: 'conflict' },
        { label: 'matches', value: summary.matches, tone: 'match' },
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
