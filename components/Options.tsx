// The options page: the documents the fact base is built from.
import type { DbStats, DocumentSummary } from '@/lib/db/repository';
import { Counts } from './Counts';
import { DocumentList } from './DocumentList';
import { useLoad } from './use-load';

export interface OptionsClient {
  getStats(): Promise<DbStats>;
  listDocuments(): Promise<DocumentSummary[]>;
}

export function Options({ client }: { client: OptionsClient }) {
  const data = useLoad(() => Promise.all([client.getStats(), client.listDocuments()]));
  return (
    <main class="options">
      <h1>Factlens</h1>
      {data.state === 'loading' && <p class="muted">Loading…</p>}
      {data.state === 'error' && <p role="alert">Could not read the fact base: {data.message}</p>}
      {data.state === 'ready' && (
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
      )}
    </main>
  );
}
