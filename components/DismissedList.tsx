// The findings the reader hid from a card ("This mark is wrong"), each with a button that shows it
// again. Lives on the options page.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../lib/model';
import type { DismissedFinding } from '../lib/ext/messaging';
import { ta } from './app-strings';
import { t } from './strings';

export interface DismissedClient {
  listDismissed(): Promise<DismissedFinding[]>;
  restoreDismissed(key: string): Promise<void>;
}

export function DismissedList({ client, lang }: { client: DismissedClient; lang: Lang }) {
  const [items, setItems] = useState<DismissedFinding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = () => client.listDismissed().then((v) => (setItems(v), setError(null)), (e: unknown) => setError((e as Error)?.message ?? String(e)));
  useEffect(() => void load(), []);
  if (error) return <p role="alert">{ta(lang, 'dismissed.failed', { message: error })}</p>;
  if (!items) return <p class="muted">{ta(lang, 'ui.loading')}</p>;
  return (
    <div class="fl-dismissed">
      <p class="muted">{ta(lang, 'dismissed.help')}</p>
      <div role="status" aria-live="polite">{notice && <p>{notice}</p>}</div>
      {items.length === 0 ? (
        <p class="muted">{ta(lang, 'dismissed.none')}</p>
      ) : (
        <table class="fl-dismissed-table">
          <thead>
            <tr>
              <th scope="col">{ta(lang, 'dismissed.words')}</th>
              <th scope="col">{ta(lang, 'dismissed.fact')}</th>
              <th scope="col">{ta(lang, 'dismissed.mark')}</th>
              <th scope="col">{ta(lang, 'dismissed.where')}</th>
              <th scope="col"><span class="fl-visually-hidden">{t(lang, 'col.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.key} data-dismissed={d.factId}>
                <th scope="row"><q>{d.text}</q></th>
                <td>{d.subject} <span class="muted small">({t(lang, `kind.${d.kind}`)})</span></td>
                <td>{ta(lang, `verdict.${d.verdict}`)}</td>
                <td class="fl-dismissed-where">
                  {d.url ? <span title={d.url}>{hostOf(d.url)}</span> : '—'}
                  <div class="muted small">{new Date(d.at).toLocaleDateString(lang)}</div>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={ta(lang, 'dismissed.restoreLabel', { text: d.text })}
                    onClick={async () => {
                      await client.restoreDismissed(d.key);
                      setNotice(ta(lang, 'dismissed.restored', { text: d.text }));
                      await load();
                    }}
                  >
                    {ta(lang, 'dismissed.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
