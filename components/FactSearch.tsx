// The popup's fact search: a combobox input and a list of fact cards that updates as you type.
// Keyboard: ↓/↑ move through the results (Home/End jump), Enter opens the active card (shows all
// its sources) or closes it again, Escape closes an open card, then clears the query, then calls
// onEscape (e.g. to close the popup).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Fact, Lang } from '../lib/model';
import { searchFacts, type SearchIndex } from '../lib/search';
import { FactCard } from './FactCard';
import { t } from './strings';

export interface FactSearchProps {
  /** Built once with buildSearchIndex(facts) and kept while the facts do not change. */
  index: SearchIndex;
  lang?: Lang;
  docTitles?: Readonly<Record<string, string>>;
  /** Texts of source documents by id, when at hand (exact marks in quotes). */
  docTexts?: Readonly<Record<string, string>>;
  /** Called when a result is opened (Enter or click). */
  onOpen?: (fact: Fact) => void;
  /** Escape on an empty query. */
  onEscape?: () => void;
  initialQuery?: string;
  /** Most results listed (default 30). */
  limit?: number;
  autoFocus?: boolean;
  /** Prefix for element ids, when two searches share a page. */
  idPrefix?: string;
}

export function FactSearch({ index, lang = 'en', docTitles, docTexts, onOpen, onEscape, initialQuery = '', limit = 30, autoFocus, idPrefix = 'fl-search' }: FactSearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const result = useMemo(() => searchFacts(index, query, { limit }), [index, query, limit]);
  const hits = result.hits;
  const listId = `${idPrefix}-list`;
  const optionId = (i: number) => `${idPrefix}-opt-${i}`;

  useEffect(() => { setActive(0); setOpenId(null); }, [query, index]);
  useEffect(() => {
    const el = listRef.current?.children[active] as HTMLElement | undefined;
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const open = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setActive(i);
    const already = openId === hit.fact.id;
    setOpenId(already ? null : hit.fact.id);
    if (!already) onOpen?.(hit.fact);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        if (hits.length) { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
        break;
      case 'ArrowUp':
        if (hits.length) { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
        break;
      case 'Home':
        if (hits.length && e.ctrlKey) { e.preventDefault(); setActive(0); }
        break;
      case 'End':
        if (hits.length && e.ctrlKey) { e.preventDefault(); setActive(hits.length - 1); }
        break;
      case 'Enter':
        if (hits.length) { e.preventDefault(); open(active); }
        break;
      case 'Escape':
        e.preventDefault();
        if (openId) setOpenId(null);
        else if (query) setQuery('');
        else onEscape?.();
        break;
    }
  };

  const trimmed = query.trim();
  const expanded = trimmed !== '' && hits.length > 0;
  let status: string;
  if (index.facts.length === 0) status = t(lang, 'search.emptyBase');
  else if (trimmed === '') status = `${t(lang, 'search.hint')} ${t(lang, 'search.size', { n: index.facts.length })}`;
  else if (hits.length === 0) status = t(lang, 'search.noResult', { q: trimmed });
  else status = result.partial ? t(lang, 'search.partial') : t(lang, 'search.results', { n: result.total });

  return (
    <div class="fl-search">
      <label for={`${idPrefix}-input`} class="fl-search-label">{t(lang, 'search.label')}</label>
      <input
        id={`${idPrefix}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${idPrefix}-status`}
        placeholder={t(lang, 'search.placeholder')}
        value={query}
        autoFocus={autoFocus}
        disabled={index.facts.length === 0}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${idPrefix}-status`} class={`fl-search-status${hits.length === 0 && trimmed ? ' fl-no-result' : ''}`} role="status" aria-live="polite">
        {status}
      </p>
      <ul id={listId} ref={listRef} role="listbox" aria-label={t(lang, 'search.label')} class="fl-results" hidden={!expanded}>
        {hits.map((h, i) => {
          const isOpen = openId === h.fact.id;
          return (
            <li
              key={h.fact.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              aria-expanded={isOpen}
              class={`fl-result${i === active ? ' fl-active' : ''}`}
              onMouseDown={(e) => e.preventDefault() /* keep focus in the input */}
              onClick={() => open(i)}
            >
              <FactCard fact={h.fact} lang={lang} docTitles={docTitles} docTexts={docTexts} maxSources={isOpen ? undefined : 1} excerpt={isOpen ? undefined : 160} headingLevel={3} class={isOpen ? 'fl-open' : 'fl-compact'} />
            </li>
          );
        })}
      </ul>
      {expanded && result.total > hits.length && <p class="fl-search-more">{t(lang, 'search.more', { shown: hits.length, n: result.total })}</p>}
    </div>
  );
}
