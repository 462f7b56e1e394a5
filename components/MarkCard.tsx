// The card a reader opens on a mark: match or conflict, the value on the page, why, and the fact
// the base holds (FactCard: subject, value, sources with the quoted sentence, variants), then what
// the reader can do about it ("This mark is wrong", "Edit this fact"). Built only from the finding
// the content script already has; every string is rendered as a text node, in the chosen language.
import { useState } from 'preact/hooks';
import type { Fact, Finding, Lang } from '../lib/model';
import { formatValue } from '../lib/format';
import { FactCard } from './FactCard';
import { t } from './strings';

export interface MarkCardActions {
  /** "This mark is wrong": hides the finding (remembered). Resolves when saved. */
  dismiss?(finding: Finding): Promise<void>;
  /** "Edit this fact": opens the options page on the fact. */
  editFact?(finding: Finding): void;
}

export interface MarkCardProps {
  finding: Finding;
  /** Position among the marks navigated by keyboard ("2 of 5"), when the card was opened that way. */
  position?: { index: number; total: number };
  lang?: Lang;
  /** Announce the card when it appears without taking focus (opened by hovering or focusing a link). */
  live?: boolean;
  actions?: MarkCardActions;
  onClose(): void;
}

/** The fact behind a finding, as FactCard shows it. */
export function factOfFinding(f: Finding): Fact {
  return {
    id: f.factId,
    kind: f.kind,
    subject: f.subject,
    subjectLabel: f.subjectLabel,
    value: f.expected,
    sources: f.sources,
    variants: f.variants ?? [],
  };
}

/**
 * Why the mark was made, in the interface language. The engine's reason is an English sentence
 * (lib/check.ts); in French and Vietnamese the card says what the verdict means for this kind
 * of fact, with the value the base holds.
 */
export function reasonText(f: Finding, lang: Lang): string {
  if (lang === 'en' && f.reason) return f.reason;
  return t(lang, `mark.reason.${f.verdict}.${f.kind}`, { value: formatValue(f.expected, lang) });
}

export function MarkCard({ finding, position, lang = 'en', live, actions = {}, onClose }: MarkCardProps) {
  const conflict = finding.verdict === 'conflict';
  const verdict = t(lang, conflict ? 'mark.conflict' : 'mark.match');
  const [dismissed, setDismissed] = useState<'saving' | 'done' | { error: string } | null>(null);
  const headId = `fl-mark-head-${finding.factId.replace(/[^\w-]/g, '_')}`;
  return (
    <section
      class={`fl-mark-card fl-${finding.verdict}`}
      role="dialog"
      tabIndex={-1}
      aria-labelledby={headId}
      aria-describedby={`${headId}-page`}
      data-fact-id={finding.factId}
      data-verdict={finding.verdict}
      lang={lang}
    >
      <header class="fl-mark-head">
        <span class="fl-verdict" id={headId} data-verdict={finding.verdict}>
          <span aria-hidden="true">{conflict ? '≠ ' : '✓ '}</span>
          {verdict}
        </span>
        {position && (
          <span class="fl-position">{t(lang, 'mark.position', { index: position.index + 1, total: position.total })}</span>
        )}
        <button type="button" class="fl-close" aria-label={t(lang, 'mark.close')} title={t(lang, 'mark.closeHint')} onClick={onClose}>
          ×
        </button>
      </header>
      {/* Read out when the card appears without focus: verdict and the words on the page. */}
      <p class="fl-page-value" id={`${headId}-page`} aria-live={live ? 'polite' : undefined}>
        {t(lang, 'mark.onPage')} <q class="fl-page-text">{finding.text}</q>
      </p>
      <p class="fl-reason">{reasonText(finding, lang)}</p>
      {finding.disputed && <p class="fl-disputed-note">{t(lang, 'mark.disputed')}</p>}
      <FactCard fact={factOfFinding(finding)} lang={lang} maxSources={2} excerpt={180} headingLevel={3} class="compact" />
      {(actions.dismiss || actions.editFact) && (
        <footer class="fl-mark-actions">
          {actions.dismiss && dismissed !== 'done' && (
            <button
              type="button"
              class="fl-action"
              disabled={dismissed === 'saving'}
              onClick={() => {
                setDismissed('saving');
                actions.dismiss!(finding).then(
                  () => setDismissed('done'),
                  (e: unknown) => setDismissed({ error: (e as Error)?.message ?? String(e) }),
                );
              }}
            >
              {t(lang, 'mark.wrong')}
            </button>
          )}
          {actions.editFact && (
            <button type="button" class="fl-action" onClick={() => actions.editFact!(finding)}>
              {t(lang, 'mark.edit')}
            </button>
          )}
          {dismissed === 'done' && <p role="status" class="fl-action-note">{t(lang, 'mark.wrongDone')}</p>}
          {typeof dismissed === 'object' && dismissed && (
            <p role="alert" class="fl-action-note">{t(lang, 'mark.wrongFailed', { message: dismissed.error })}</p>
          )}
        </footer>
      )}
    </section>
  );
}
