// The source documents of the fact base, as a table.
import type { DocumentSummary } from '@/lib/db/repository';

const LANG_NAMES: Record<string, string> = { en: 'English', fr: 'French', vi: 'Vietnamese' };

export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  if (documents.length === 0) return <p class="muted">No documents yet.</p>;
  return (
    <table class="documents">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Language</th>
          <th scope="col">Outlet</th>
          <th scope="col">Published</th>
          <th scope="col" class="num">
            Facts
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id} data-doc={d.id}>
            <th scope="row" lang={d.lang}>
              {d.title}
              <div class="muted small">
                {d.id}
                {d.origin === 'user' ? ' · added by you' : ''}
              </div>
            </th>
            <td>
              <abbr title={LANG_NAMES[d.lang] ?? d.lang}>{d.lang}</abbr>
            </td>
            <td>{d.outlet ?? '—'}</td>
            <td class="date">{d.published ?? '—'}</td>
            <td class="num" data-fact-count>
              {d.factCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
