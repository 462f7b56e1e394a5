// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FactCard } from '../../../components/FactCard';
import { FIXTURE_FACTS, delegates, president, signingDate } from '../fixtures/hand-made-facts';
import type { Fact } from '../../../lib/model';

afterEach(cleanup);

describe('FactCard', () => {
  test('shows subject, value, each source with document title, language and the quote with the value marked', () => {
    const { container } = render(<FactCard fact={delegates} docTitles={{ '000_3d9744cf5ae48081.txt': 'Việt Nam attends session of UN commission' }} />);
    expect(screen.getByRole('heading', { name: 'Delegates at CCPCJ34' })).toBeTruthy();
    expect(screen.getByText('over 1,000 delegates')).toBeTruthy();
    expect(screen.getByText('Việt Nam attends session of UN commission')).toBeTruthy();
    expect(screen.getByText('English')).toBeTruthy();
    const marks = container.querySelectorAll('mark');
    // the source's offsets point at "Over 1,000 delegates" inside the quote: they are used as they are
    expect([...marks].map((m) => m.textContent)).toEqual(['Over 1,000 delegates']);
    expect(container.querySelector('blockquote')!.textContent).toBe(delegates.sources[0].quote);
  });

  test('a disputed fact says so and lists the other values with their sources', () => {
    const { container } = render(<FactCard fact={signingDate} />);
    expect(screen.getByText('Disputed')).toBeTruthy();
    expect(screen.getByText('25–26 October 2025')).toBeTruthy();
    const variants = container.querySelector('.fl-variants') as HTMLElement;
    expect(within(variants).getByText('Sources disagree. Other values:')).toBeTruthy();
    expect(within(variants).getByText('25 October 2025')).toBeTruthy();
    expect(within(variants).getByText('October 25th,2025').tagName).toBe('MARK');
    // The French and Vietnamese quotes mark how each writes the dates
    expect([...container.querySelectorAll('.fl-sources')[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['25 au 26 octobre', '25-26/10']);
    expect(screen.getByText('French')).toBeTruthy();
    expect(screen.getByText('Vietnamese')).toBeTruthy();
  });

  test('markup in quotes and labels is shown as text, never run', () => {
    const hostile: Fact = {
      ...president,
      subjectLabel: '<img src=x onerror="window.__pwned=1">',
      sources: [{ ...president.sources[0], quote: '<script>window.__pwned=1</script> Lương Cường <b>bold</b>' }],
    };
    const { container } = render(<FactCard fact={hostile} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect(container.querySelector('blockquote')!.textContent).toBe('<script>window.__pwned=1</script> Lương Cường <b>bold</b>');
    expect(container.querySelector('mark')!.textContent).toBe('Lương Cường');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('with maxSources, extra sources wait behind a button', () => {
    render(<FactCard fact={signingDate} maxSources={1} />);
    expect(screen.queryByText('Vietnamese')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more source' }));
    expect(screen.getByText('Vietnamese')).toBeTruthy();
  });

  test('in French and Vietnamese, the card\'s own words are translated', () => {
    const { unmount } = render(<FactCard fact={delegates} lang="fr" />);
    expect(document.querySelector('.fl-value strong')!.textContent!.replace(/\s/g, ' ')).toBe('plus de 1 000 délégués');
    expect(screen.getByText('anglais')).toBeTruthy();
    unmount();
    render(<FactCard fact={signingDate} lang="vi" />);
    expect(screen.getByText('ngày 25–26/10/2025')).toBeTruthy();
    expect(screen.getByText('Có mâu thuẫn')).toBeTruthy();
  });

  test('a fact without sources says so; the year-inferred note is shown', () => {
    render(<FactCard fact={{ ...FIXTURE_FACTS[5], sources: [] }} />);
    expect(screen.getByText('No source quoted.')).toBeTruthy();
    expect(screen.getByText(/the year is inferred from the article/)).toBeTruthy();
  });
});

describe('FactCard excerpts', () => {
  test('a compact card cuts a long quote around the marked value, never hiding it', () => {
    const long = 'A '.repeat(200) + 'the ceremony will be held from 25 to 26 October in Hanoi ' + 'and more words follow here '.repeat(20);
    const f: Fact = { ...signingDate, variants: [], sources: [{ doc: 'x', lang: 'en', quote: long, start: 0, end: 0 }] };
    const { container } = render(<FactCard fact={f} excerpt={120} />);
    const q = container.querySelector('blockquote')!.textContent!;
    expect(container.querySelector('mark')!.textContent).toBe('25 to 26 October');
    expect(q.length).toBeLessThanOrEqual(124);
    expect(q.startsWith('…')).toBe(true);
    expect(q.endsWith('…')).toBe(true);
  });
});
