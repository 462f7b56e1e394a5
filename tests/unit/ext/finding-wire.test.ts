import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/index';
import { packFindings, unpackFindings } from '../../../lib/ext/finding-wire';
import { corpusMatcher } from '../engine/corpus';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../engine/corpus';

describe('findings on the wire (background → page)', () => {
  // the corpus's longest article, three times: a long page repeats the same facts
  const text = readFileSync(join(CORPUS_DIR, '001_07debdc02fc119d0.txt'), 'utf8').repeat(3);
  const findings = checkText(corpusMatcher(), text);

  it('unpacks to exactly the findings the engine gave, through JSON', () => {
    expect(findings.length).toBeGreaterThan(30);
    expect(unpackFindings(JSON.parse(JSON.stringify(packFindings(findings))))).toEqual(findings);
  });

  it("sends each fact's sources once: the reply is several times smaller", () => {
    const plain = JSON.stringify(findings).length;
    const packed = JSON.stringify(packFindings(findings)).length;
    expect(packed * 4).toBeLessThan(plain);
  });

  it('findings of one fact share one copy of its sources once unpacked', () => {
    const out = unpackFindings(JSON.parse(JSON.stringify(packFindings(findings))));
    const byFact = out.filter((f) => f.factId === out[0].factId);
    expect(byFact.length).toBeGreaterThan(1);
    expect(byFact.every((f) => f.sources === byFact[0].sources)).toBe(true);
  });

  it('a reply naming an unknown fact is refused with a clear message', () => {
    const p = packFindings(findings);
    p.facts = p.facts.filter(([id]) => id !== p.marks[0].factId);
    expect(() => unpackFindings(p)).toThrow(/unknown fact/);
  });
});
