// The toolbar popup: the fact base at a glance and what Factlens found on this page.
import type { DbStats } from '@/lib/db/repository';
import type { TabSummary } from '@/lib/ext/messaging';
import { Counts } from './Counts';
import { useLoad, type Load } from './use-load';

export interface PopupClient {
  getStats(): Promise<DbStats>;
  /** The current tab's summary; null when Factlens does not run on that page. */
  getPageSummary(): Promise<TabSummary | null>;
  openOptions(): void;
}

export function Popup({ client }: { client: PopupClient }) {
  const stats = useLoad(() => client.getStats());
  const page = useLoad(() => client.getPageSummary());
  return (
    <main class="popup">
      <header>
        <h1>Factlens</h1>
      </header>
      <section aria-labelledby="page-title">
        <h2 id="page-title">This page</h2>
        <PageSection page={page} />
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
