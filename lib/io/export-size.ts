// What the importer accepts must export to a file it accepts again, in both formats: a set of
// facts (a file, or the fact base a file would leave) whose factlens-facts/1 or ClaimReview
// export would go over the import's size limit is refused, with the size named. A ClaimReview
// export is about 2.2 times the size of the same facts in factlens-facts/1 (the claim, a rendered
// value and schema.org types for each fact), so in practice the ClaimReview side binds.
import type { Fact } from '../model';
import { exportClaimReview } from './claimreview';
import { exportFacts } from './facts-json';
import { DEFAULT_MAX_BYTES, formatBytes, utf8Length } from './json-text';

export interface ExportSizes {
  facts: number;
  claimreview: number;
}

export function exportSizes(facts: readonly Fact[]): ExportSizes {
  return { facts: utf8Length(exportFacts(facts)), claimreview: utf8Length(exportClaimReview(facts)) };
}

/**
 * Why these facts could not be exported and imported back, or null when they can.
 * `what` names them in the sentence ("These facts", "The fact base with these facts").
 */
export function exportLimitProblem(facts: readonly Fact[], max = DEFAULT_MAX_BYTES, what = 'These facts'): string | null {
  const sizes = exportSizes(facts);
  const over = sizes.facts > max ? ['a factlens-facts/1', sizes.facts] as const : sizes.claimreview > max ? ['a ClaimReview', sizes.claimreview] as const : null;
  if (!over) return null;
  return `${what} would export to ${over[0]} file of ${formatBytes(over[1])}, over the ${formatBytes(max)} an import reads back. Nothing was written: import fewer facts at a time, or delete some first.`;
}
