// The popup's search box: the facts come from the background once per opening, and the index is
// built here, after the first paint (npm run bench compares this with building it in the
// background: see tests/bench/ui.ts and the README).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Fact, Lang } from '../lib/model';
import { buildSearchIndex, type SearchIndex } from '../lib/search';
import { lexiconSubjectTexts } from '../lib/search-lexicon';
import { FactSearch } from './FactSearch';
import { ta } from './app-strings';

export interface PopupSearchProps {
  loadFacts(): Promise<Fact[]>;
  lang?: Lang;
  /** Escape on an empty query (closes the popup). */
  onEscape?: () => void;
}

type State = { s: 'loading' } | { s: 'ready'; index: SearchIndex; facts: Fact[] } | { s: 'error'; message: string };

export function PopupSearch({ loadFacts, lang = 'en', onEscape }: PopupSearchProps) {
  const [state, setState] = useState<State>({ s: 'loading' });
  useEffect(() => {
    let live = true;
    loadFacts().then(
      (facts) => {
        // Yield once so the page section paints before the index is built.
        setTimeout(() => live && setState({ s: 'ready', facts, index: buildSearchIndex(facts, { subjectTexts: lexiconSubjectTexts() }) }), 0);
      },
      (e: unknown) => live && setState({ s: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => { live = false; };
  }, []);
  const docTitles = useMemo(() => {
    if (state.s !== 'ready') return undefined;
    const titles = new Map<string, string>();
    for (const f of state.facts) for (const src of f.sources) if (src.title && !titles.has(src.doc)) titles.set(src.doc, src.title);
    return Object.fromEntries(titles); // own keys only: read with ownValue
  }, [state]);
  if (state.s === 'loading') return <p class="muted">{ta(lang, 'popup.searchLoading')}</p>;
  if (state.s === 'error') return <p role="alert">{ta(lang, 'popup.searchFailed', { message: state.message })}</p>;
  return <FactSearch index={state.index} lang={lang} docTitles={docTitles} onEscape={onEscape} autoFocus limit={20} />;
}

/** The interface language the user chose (settings), resolved once; English until known. */
export function useUiLang(load?: () => Promise<Lang>): Lang {
  const [lang, setLang] = useState<Lang>('en');
  useEffect(() => { load?.().then(setLang, () => {}); }, []);
  // The document's language too (screen readers pick their voice from it).
  useEffect(() => { if (typeof document !== 'undefined') document.documentElement.lang = lang; }, [lang]);
  return lang;
}
