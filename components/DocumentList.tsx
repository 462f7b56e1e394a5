// The source documents of the fact base, as a table.
import type { DocumentSummary } from '@/lib/db/repository';
import type { Lang } from '@/lib/model';
import { ta } from './app-strings';
import { t } from './strings';

const langName = (lang: Lang, code: string) => (code === 'en' || code === 'fr' || code === 'vi' ? t(lang, `lang.${code}`) : code);

export function DocumentList({ documents, lang = 'en' }: { documents: DocumentSummary[]; lang?: Lang }) {
  if (documents.length === 0) return <p class="muted">{ta(lang, 'docs.none')}</p>;
  return (
    <table class="documents">
      <thead>
        <tr>
          <th scope="col">{ta(lang, 'docs.title')}</th>
          <th scope="col">{ta(lang, 'docs.lang')}</th>
          <th scope="col">{ta(lang, 'docs.outlet')}</th>
          <th scope="col">{ta(lang, 'docs.published')}</th>
          <th scope="col" class="num">
            {ta(lang, 'docs.facts')}
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
                {d.origin === 'user' ? ` · ${ta(lang, 'docs.byYou')}` : ''}
              </div>
            </th>
            <td>
              <abbr title={langName(lang, d.lang)}>{d.lang}</abbr>
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
