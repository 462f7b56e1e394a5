// The options page: the fact base's counts and documents, then (when the client can write) the
// facts table, import/export, adding a document and the settings (OptionsFacts).
import { useState } from 'preact/hooks';
import type { DbStats, DocumentSummary } from '@/lib/db/repository';
import { Counts } from './Counts';
import { DocumentList } from './DocumentList';
import { OptionsFacts, type OptionsFactClient } from './OptionsFacts';
import { useLoad } from './use-load';

export interface OptionsClient {
  getStats(): Promise<DbStats>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Reading and changing the facts; without it the page only shows the counts and documents. */
  facts?: OptionsFactClient;
}

export function Options({ client }: { client: OptionsClient }) {
  // Bumped after each change of the base: the counts and documents are read again.
  const [rev, setRev] = useState(0);
  return (
    <main class="options">
      <h1>Factlens</h1>
      <Overview key={rev} client={client} />
      {client.facts && <OptionsFacts client={client.facts} onChanged={() => setRev((r) => r + 1)} />}
    </main>
  );
}

function Overview({ client }: { client: OptionsClient }) {
  const data = useLoad(() => Promise.all([client.getStats(), client.listDocuments()]));
  if (data.state === 'loading') return <p class="muted">Loading…</p>;
  if (data.state === 'error') return <p role="alert">Could not read the fact base: {data.message}</p>;
  return (
    <>
      <Counts
        label="Fact base"
        items={[
          { label: 'documents', value: data.value[0].documents },
          { label: 'facts', value: data.value[0].facts },
          { label: 'your facts', value: data.value[0].userFacts },
        ]}
      />
      <h2>Source documents</h2>
      <DocumentList documents={data.value[1]} />
    </>
  );
}
