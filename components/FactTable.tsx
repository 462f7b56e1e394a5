// The options page's fact base table: filters (text, kind, source document, language, origin,
// disputed), sortable columns, and windowed rendering: only the rows in view (plus a few) are in the
// DOM, so 10,000 facts scroll and filter without delay. Rows have a fixed height for that reason;
// long texts are cut with an ellipsis (the full fact shows in its card, via onSelect).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Fact, FactKind, FactOrigin, Lang } from '../lib/model';
import { FACT_KINDS, LANGS } from '../lib/model';
import { NO_FILTER, filterFacts, originOf, prepareFacts, sortFacts, valueText, type FactFilter, type SortKey, type SortSpec } from '../lib/fact-filter';
import { t, type StringKey } from './strings';
import { ownValue } from '../lib/own';

export interface FactTableProps {
  facts: readonly Fact[];
  lang?: Lang;
  /** Titles of source documents by id (the filter lists documents by title). */
  docTitles?: Readonly<Record<string, string>>;
  /** A row's subject was activated (click or Enter): show its card. */
  onSelect?: (fact: Fact) => void;
  onEdit?: (fact: Fact) => void;
  onDelete?: (fact: Fact) => void;
  /** The facts in view after filtering and sorting (e.g. for "export the filtered view"). */
  onViewChange?: (facts: Fact[]) => void;
  /** Highlighted row. */
  selectedId?: string;
  initialFilter?: Partial<FactFilter>;
  initialSort?: SortSpec;
  /** Height of the scrolling area and of a row, in pixels. */
  height?: number;
  rowHeight?: number;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
}

const COLUMNS: Array<{ key: SortKey; label: StringKey }> = [
  { key: 'subject', label: 'col.subject' },
  { key: 'kind', label: 'col.kind' },
  { key: 'value', label: 'col.value' },
  { key: 'sources', label: 'col.sources' },
  { key: 'origin', label: 'col.origin' },
];

export function FactTable({
  facts, lang = 'en', docTitles, onSelect, onEdit, onDelete, onViewChange, selectedId,
  initialFilter, initialSort = { key: 'subject', dir: 'asc' }, height = 480, rowHeight = 36, overscan = 8,
}: FactTableProps) {
  const [filter, setFilter] = useState<FactFilter>({ ...NO_FILTER, ...initialFilter });
  const [sort, setSort] = useState<SortSpec>(initialSort);
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const prepared = useMemo(() => prepareFacts(facts), [facts]);
  const view = useMemo(() => sortFacts(prepared, filterFacts(prepared, filter), sort), [prepared, filter, sort]);

  useEffect(() => { onViewChange?.(view.map((i) => facts[i])); }, [view]);
  // A new filter or sort starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [filter, sort]);

  const docOptions = useMemo(() => {
    const list = [...prepared.allDocs].map(([id, title]) => ({ id, title: ownValue(docTitles, id) ?? title ?? id }));
    return list.sort((a, b) => a.title.localeCompare(b.title));
  }, [prepared, docTitles]);

  const set = <K extends keyof FactFilter>(k: K, v: FactFilter[K]) => setFilter((f) => ({ ...f, [k]: v }));
  const toggleSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const visible = Math.ceil(height / rowHeight);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(view.length, Math.floor(scrollTop / rowHeight) + visible + overscan);
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  return (
    <div class="fl-table">
      <form class="fl-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, 'table.filterText')}
          <input type="search" value={filter.text} placeholder={t(lang, 'table.filterTextPlaceholder')} onInput={(e) => set('text', (e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t(lang, 'table.kind')}
          <select value={filter.kind} onChange={(e) => set('kind', (e.currentTarget as HTMLSelectElement).value as FactKind | '')}>
            <option value="">{t(lang, 'table.allKinds')}</option>
            {FACT_KINDS.map((k) => <option key={k} value={k}>{t(lang, `kind.${k}`)}</option>)}
          </select>
        </label>
        <label>
          {t(lang, 'table.doc')}
          <select value={filter.doc} onChange={(e) => set('doc', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t(lang, 'table.allDocs')}</option>
            {docOptions.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </label>
        <label>
          {t(lang, 'table.lang')}
          <select value={filter.lang} onChange={(e) => set('lang', (e.currentTarget as HTMLSelectElement).value as Lang | '')}>
            <option value="">{t(lang, 'table.allLangs')}</option>
            {LANGS.map((l) => <option key={l} value={l}>{t(lang, `lang.${l}`)}</option>)}
          </select>
        </label>
        <label>
          {t(lang, 'table.origin')}
          <select value={filter.origin} onChange={(e) => set('origin', (e.currentTarget as HTMLSelectElement).value as FactOrigin | '')}>
            <option value="">{t(lang, 'table.allOrigins')}</option>
            <option value="corpus">{t(lang, 'origin.corpus')}</option>
            <option value="user">{t(lang, 'origin.user')}</option>
          </select>
        </label>
        <label class="fl-check">
          <input type="checkbox" checked={filter.disputed} onChange={(e) => set('disputed', (e.currentTarget as HTMLInputElement).checked)} />
          {t(lang, 'table.disputed')}
        </label>
        {filtered && <button type="button" onClick={() => setFilter({ ...NO_FILTER })}>{t(lang, 'table.clear')}</button>}
      </form>
      <p class="fl-table-count" role="status" aria-live="polite">
        {facts.length === 0 ? t(lang, 'table.empty') : view.length === 0 ? t(lang, 'table.none') : t(lang, 'table.count', { shown: view.length, total: facts.length })}
      </p>
      <div
        class="fl-table-scroll"
        ref={scroller}
        style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
        tabIndex={0}
        aria-label={t(lang, 'table.count', { shown: view.length, total: facts.length })}
      >
        <table aria-rowcount={view.length + 1} style={{ tableLayout: 'fixed', width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => {
                const sorted = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} class={`fl-col-${c.key}`}>
                    <button type="button" class="fl-sort" onClick={() => toggleSort(c.key)}>
                      {t(lang, c.label)}
                      {sorted && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                    </button>
                  </th>
                );
              })}
              {(onEdit || onDelete) && <th scope="col" class="fl-col-actions">{t(lang, 'col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: `${first * rowHeight}px` }} />}
            {view.slice(first, last).map((fi, k) => {
              const f = facts[fi];
              const subject = f.subjectLabel ?? f.subject;
              return (
                <tr key={f.id} aria-rowindex={first + k + 2} data-fact-id={f.id} class={`fl-row${f.id === selectedId ? ' fl-selected' : ''}${f.variants.length ? ' fl-disputed' : ''}`} style={{ height: `${rowHeight}px` }}>
                  <td class="fl-col-subject" title={subject}>
                    {onSelect ? <button type="button" class="fl-link" onClick={() => onSelect(f)}>{subject}</button> : subject}
                  </td>
                  <td class="fl-col-kind">{t(lang, `kind.${f.kind}`)}</td>
                  <td class="fl-col-value" title={valueText(f, lang)}>
                    {valueText(f, lang)}
                    {f.variants.length > 0 && <span class="fl-badge-disputed"> {t(lang, 'card.disputed')}</span>}
                  </td>
                  <td class="fl-col-sources">{f.sources.length}</td>
                  <td class="fl-col-origin">{t(lang, `origin.${originOf(f)}`)}</td>
                  {(onEdit || onDelete) && (
                    <td class="fl-col-actions">
                      {onEdit && <button type="button" aria-label={t(lang, 'row.editLabel', { subject })} onClick={() => onEdit(f)}>{t(lang, 'row.edit')}</button>}
                      {onDelete && <button type="button" aria-label={t(lang, 'row.deleteLabel', { subject })} onClick={() => onDelete(f)}>{t(lang, 'row.delete')}</button>}
                    </td>
                  )}
                </tr>
              );
            })}
            {last < view.length && <tr aria-hidden="true" style={{ height: `${(view.length - last) * rowHeight}px` }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
