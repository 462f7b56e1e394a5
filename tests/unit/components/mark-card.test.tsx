// @vitest-environment happy-dom
// The mark card of a finding whose fact is disputed says that the sources disagree (issue 12):
// findings of the engine on sentences of the shipped corpus and of a disagreeing document.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkCard } from '../../../components/MarkCard';
import { buildFactBase, checkText, compileMatcher } from '../../../lib/index';
import { readCorpus } from '../../../lib/cli/corpus';
import type { Fact, Finding } from '../../../lib/model';
import { DISAGREEING } from '../../fixtures/review-documents';

// The shipped corpus and a document that disagrees with it: the facts it disputes get variants.
const base = buildFactBase([...readCorpus(`${__dirname}/../../../public/corpus`), DISAGREEING]);
const matcher = compileMatcher(base.facts);
const corpusFacts = () => base;
const corpusMatcher = () => matcher;

afterEach(cleanup);

/** The engine's finding on the sentence a fact's source quotes, for that fact. */
function findingOn(fact: Fact, quote: string): Finding | undefined {
  return checkText(corpusMatcher(), quote, { lang: fact.sources[0].lang }).find((f) => f.factId === fact.id);
}
const cardText = (finding: Finding) => render(<MarkCard finding={finding} onClose={() => {}} />).container.textContent ?? '';

describe('MarkCard', () => {
  it('a finding of a disputed fact says the sources disagree; one of an undisputed fact does not', () => {
    const facts = corpusFacts().facts;
    const disputed = facts.filter((f) => f.variants.length > 0).map((f) => findingOn(f, f.variants[0].sources[0].quote) ?? findingOn(f, f.sources[0].quote)).find(Boolean);
    const plain = facts.filter((f) => f.variants.length === 0 && f.sources.length > 0).map((f) => findingOn(f, f.sources[0].quote)).find(Boolean);
    expect(disputed?.disputed).toBe(true);
    expect(plain).toBeDefined();
    expect(plain!.disputed).toBeFalsy();
    expect(cardText(disputed!)).toMatch(/sources disagree/i);
    cleanup();
    expect(cardText(plain!)).not.toMatch(/sources disagree/i);
  });
});
