// Findings as they travel from the background to a page. Each finding carries what the fact base
// holds about its fact (value, sources with their quoted sentences, variants), about 3 KB of JSON,
// and a page repeats the same few facts many times: a reply sends each fact's part once and each
// mark only its own part. Unpacked findings of one fact share that part (one copy in the tab).
import type { Finding } from '../model';

export type FactPart = Pick<Finding, 'expected' | 'sources' | 'variants' | 'subjectLabel'>;
export type MarkPart = Omit<Finding, keyof FactPart>;

export interface PackedFindings {
  /**
   * [fact id, what the fact base holds about it] pairs: a list, not an object keyed by id, so
   * that an id like "constructor" or "__proto__" is an ordinary string on both sides.
   */
  facts: Array<[string, FactPart]>;
  marks: MarkPart[];
}

export function packFindings(findings: readonly Finding[]): PackedFindings {
  const facts = new Map<string, FactPart>();
  const marks: MarkPart[] = [];
  for (const f of findings) {
    const { expected, sources, variants, subjectLabel, ...mark } = f;
    if (!facts.has(f.factId)) {
      facts.set(f.factId, { expected, sources, subjectLabel, ...(variants ? { variants } : {}) });
    }
    marks.push(mark);
  }
  return { facts: [...facts], marks };
}

export function unpackFindings(packed: PackedFindings): Finding[] {
  const facts = new Map(packed.facts);
  return packed.marks.map((mark) => {
    const fact = facts.get(mark.factId);
    if (!fact) throw new Error(`checkPage reply: finding for unknown fact ${mark.factId}`);
    return { ...mark, ...fact };
  });
}
