// The card a reader opens on a mark: match or conflict, the value on the page, why, and the fact
// the base holds (FactCard: subject, value, sources with the quoted sentence, variants). Built only
// from the finding the content script already has; every string is rendered as a text node.
import type { Fact, Finding } from '../lib/model';
import { FactCard } from './FactCard';

export interface MarkCardProps {
  finding: Finding;
  /** Position among the marks navigated by keyboard ("2 of 5"), when the card was opened that way. */
  position?: { index: number; total: number };
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

export function MarkCard({ finding, position, onClose }: MarkCardProps) {
  const conflict = finding.verdict === 'conflict';
  return (
    <section
      class={`fl-mark-card fl-${finding.verdict}`}
      role="dialog"
      aria-label={conflict ? 'Factlens: conflict with the fact base' : 'Factlens: matches the fact base'}
      data-fact-id={finding.factId}
      data-verdict={finding.verdict}
    >
      <header class="fl-mark-head">
        <span class="fl-verdict" data-verdict={finding.verdict}>
          <span aria-hidden="true">{conflict ? '≠ ' : '✓ '}</span>
          {conflict ? 'Conflicts with the fact base' : 'Matches the fact base'}
        </span>
        {position && (
          <span class="fl-position">
            {position.index + 1} of {position.total}
          </span>
        )}
        <button type="button" class="fl-close" aria-label="Close" title="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="fl-page-value">
        On this page: <q class="fl-page-text">{finding.text}</q>
      </p>
      <p class="fl-reason">{finding.reason}</p>
      <FactCard fact={factOfFinding(finding)} maxSources={2} excerpt={180} headingLevel={3} class="compact" />
    </section>
  );
}
