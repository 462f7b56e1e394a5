// @vitest-environment happy-dom
// The mark card of a finding whose fact is disputed says that the sources disagree (issue 12):
// findings from the engine on the shipped corpus, whose signing-ceremony date has a variant.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkCard } from '../../../components/MarkCard';
import { checkText } from '../../../lib/index';
import { corpusMatcher } from '../engine/corpus';

afterEach(cleanup);
const PAGE = 'The signing ceremony of the convention will take place on 25-26 October 2025 in Hanoi.';

describe('MarkCard', () => {
  const findings = checkText(corpusMatcher(), PAGE, { lang: 'en' });
  const card = (i: number) => render(<MarkCard finding={findings[i]} onClose={() => {}} />).container.textContent ?? '';

  it('a finding of a disputed fact says the sources disagree; one of an undisputed fact does not', () => {
    const disputed = findings.findIndex((f) => f.disputed);
    const plain = findings.findIndex((f) => !f.disputed);
    expect(disputed).toBeGreaterThanOrEqual(0);
    expect(plain).toBeGreaterThanOrEqual(0);
    expect(card(disputed)).toContain('The sources disagree');
    cleanup();
    expect(card(plain)).not.toContain('The sources disagree');
  });
});
