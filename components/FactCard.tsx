// One fact as a reader sees it: what it is about, the value, where it comes from (document,
// language, the quote with the value emphasised) and, for a disputed fact, the other values and
// their sources. Everything is rendered as text nodes: quotes from files or pages are never HTML.
import { useState } from 'preact/hooks';
import type { Fact, Lang, Source, Variant } from '../lib/model';
import { formatValue } from '../lib/format';
import { valueSpanInQuote } from '../lib/quote-span';
import { t } from './strings';
import { ownValue } from '../lib/own';

export interface FactCardProps {
  fact: Fact;
  /** Interface language (the quotes keep their own). */
  lang?: Lang;
  /** Titles of source documents by id, for sources that carry none. */
  docTitles?: Readonly<Record<string, string>>;
  /** Texts of source documents by id, when at hand: the value is then marked exactly where the engine read it. */
  docTexts?: Readonly<Record<string, string>>;
  /** Show at most this many sources per value; the rest behind a button. Default: all. */
  maxSources?: number;
  /** Cut long quotes to this many characters around the marked value (compact cards). */
  excerpt?: number;
  /** Heading level of the subject (2–4), to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Extra class for the article (e.g. "compact" in a result list). */
  class?: string;
  id?: string;
}

export function FactCard({ fact, lang = 'en', docTitles, docTexts, maxSources, excerpt, headingLevel = 3, class: cls, id }: FactCardProps) {
  const disputed = fact.variants.length > 0;
  const H = `h${headingLevel}` as 'h3';
  const label = fact.subjectLabel ?? fact.subject;
  const yearInferred = 'start' in fact.value && fact.value.yearInferred;
  return (
    <article id={id} class={`fl-card${disputed ? ' fl-disputed' : ''}${cls ? ' ' + cls : ''}`} data-kind={fact.kind} lang={lang}>
      <header class="fl-card-head">
        <span class={`fl-kind fl-kind-${fact.kind}`}>{t(lang, `kind.${fact.kind}`)}</span>
        <H class="fl-subject">{label}</H>
        {disputed && <span class="fl-badge-disputed">{t(lang, 'card.disputed')}</span>}
      </header>
      <p class="fl-value">
        <strong>{formatValue(fact.value, lang)}</strong>
        {yearInferred && <span class="fl-note"> ({t(lang, 'card.yearInferred')})</span>}
      </p>
      <SourceList sources={fact.sources} value={fact.value} lang={lang} docTitles={docTitles} docTexts={docTexts} max={maxSources} excerpt={excerpt} />
      {disputed && <Variants variants={fact.variants} lang={lang} docTitles={docTitles} docTexts={docTexts} max={maxSources} excerpt={excerpt} />}
    </article>
  );
}

function Variants({ variants, lang, docTitles, docTexts, max, excerpt }: { variants: Variant[]; lang: Lang; docTitles?: Readonly<Record<string, string>>; docTexts?: Readonly<Record<string, string>>; max?: number; excerpt?: number }) {
  return (
    <section class="fl-variants">
      <p class="fl-variants-head">{t(lang, 'card.disputedHelp')}</p>
      <ul>
        {variants.map((v, i) => (
          <li key={i} class="fl-variant">
            <strong class="fl-value">{formatValue(v.value, lang)}</strong>
            <SourceList sources={v.sources} value={v.value} lang={lang} docTitles={docTitles} docTexts={docTexts} max={max} excerpt={excerpt} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceList({ sources, value, lang, docTitles, docTexts, max, excerpt }: { sources: Source[]; value: Fact['value']; lang: Lang; docTitles?: Readonly<Record<string, string>>; docTexts?: Readonly<Record<string, string>>; max?: number; excerpt?: number }) {
  const [all, setAll] = useState(false);
  if (sources.length === 0) return <p class="fl-no-source">{t(lang, 'card.noSource')}</p>;
  const shown = all || max === undefined ? sources : sources.slice(0, max);
  const hidden = sources.length - shown.length;
  return (
    <>
      <ul class="fl-sources">
        {shown.map((s, i) => (
          <li key={`${s.doc}:${s.start}:${i}`} class="fl-source">
            <Quote source={s} value={value} docText={ownValue(docTexts, s.doc)} excerpt={excerpt} />
            <p class="fl-cite">
              <cite>{s.title ?? ownValue(docTitles, s.doc) ?? s.doc}</cite>
              {' · '}
              <span class="fl-source-lang">{t(lang, `lang.${s.lang}`)}</span>
            </p>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="fl-more" onClick={() => setAll(true)}>
          {t(lang, 'card.moreSources', { n: hidden })}
        </button>
      )}
    </>
  );
}

/** The quote as text, the value's words in <mark>. */
export function Quote({ source, value, docText, excerpt }: { source: Source; value: Fact['value']; docText?: string; excerpt?: number }) {
  const span = valueSpanInQuote(source, value, docText);
  const q = source.quote;
  if (!span) return <blockquote class="fl-quote" lang={source.lang}>{excerpt && q.length > excerpt ? cutEnd(q, excerpt) : q}</blockquote>;
  let before = q.slice(0, span[0]);
  let after = q.slice(span[1]);
  if (excerpt) {
    // Keep the value in view: about a third of the room before it, the rest after, cut at spaces.
    const room = Math.max(0, excerpt - (span[1] - span[0]));
    before = cutStart(before, Math.floor(room / 3));
    after = cutEnd(after, room - Math.floor(room / 3));
  }
  return (
    <blockquote class="fl-quote" lang={source.lang}>
      {before}
      <mark>{q.slice(span[0], span[1])}</mark>
      {after}
    </blockquote>
  );
}

function cutStart(s: string, n: number): string {
  if (s.length <= n) return s;
  const tail = s.slice(s.length - n);
  const sp = tail.indexOf(' ');
  return '…' + (sp >= 0 && sp < n / 2 ? tail.slice(sp) : tail);
}

function cutEnd(s: string, n: number): string {
  if (s.length <= n) return s;
  const head = s.slice(0, n);
  const sp = head.lastIndexOf(' ');
  return (sp > n / 2 ? head.slice(0, sp) : head) + '…';
}
