// The options page: the fact base's counts and documents, then (when the client can write) the
// facts table, import/export, adding a document and the settings (OptionsFacts).
import { useState } from 'preact/hooks';
import type { DbStats, DocumentSummary } from '@/lib/db/repository';
import { Counts } from './Counts';
import { DocumentList } from './DocumentList';
import { DismissedList, type DismissedClient } from './DismissedList';
import { OptionsFacts, type OptionsFactClient } from './OptionsFacts';
import { useLoad } from './use-load';
import type { Lang } from '@/lib/model';
import { ta } from './app-strings';
import { useUiLang } from './PopupSearch';

export interface OptionsClient {
  getStats(): Promise<DbStats>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Reading and changing the facts; without it the page only shows the counts and documents. */
  facts?: OptionsFactClient;
  /** The marks the reader hid from cards, to show them again. */
  dismissed?: DismissedClient;
}

export function Options({ client, editFactId }: { client: OptionsClient; editFactId?: string }) {
  // Bumped after each change of the base: the counts and documents are read again.
  const [rev, setRev] = useState(0);
  const lang = useUiLang(client.facts?.uiLang);
  return (
    <main class="options" lang={lang}>
      <h1>Factlens</h1>
      <Overview key={rev} client={client} lang={lang} />
      {client.facts && <OptionsFacts client={client.facts} onChanged={() => setRev((r) => r + 1)} editFactId={editFactId} />}
      {client.dismissed && (
        <section aria-labelledby="fl-dismissed-title">
          <h2 id="fl-dismissed-title">{ta(lang, 'dismissed.title')}</h2>
          <DismissedList client={client.dismissed} lang={lang} />
        </section>
      )}
    </main>
  );
}

function Overview({ client, lang }: { client: OptionsClient; lang: Lang }) {
  const data = useLoad(() => Promise.all([client.getStats(), client.listDocuments()]));
  if (data.state === 'loading') return <p class="muted">{ta(lang, 'ui.loading')}</p>;
  if (data.state === 'error') return <p role="alert">{ta(lang, 'ui.baseError', { message: data.message })}</p>;
  return (
    <>
      <Counts
        label={ta(lang, 'ui.factBase')}
        items={[
          { id: 'documents', label: ta(lang, 'ui.documents'), value: data.value[0].documents },
          { id: 'facts', label: ta(lang, 'ui.facts'), value: data.value[0].facts },
          { id: 'your facts', label: ta(lang, 'ui.yourFacts'), value: data.value[0].userFacts },
        ]}
      />
      <h2>{ta(lang, 'ui.sourceDocuments')}</h2>
      <DocumentList documents={data.value[1]} lang={lang} />
    </>
  );
}
