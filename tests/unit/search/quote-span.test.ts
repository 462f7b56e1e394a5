import { describe, expect, test } from 'vitest';
import { valueSpanInQuote } from '../../../lib/quote-span';
import type { FactValue } from '../../../lib/model';
import { chapters, delegates, president, secretaryGeneral, signingDate } from '../fixtures/hand-made-facts';

const marked = (quote: string, value: FactValue, start = 0, end = 0) => {
  const s = valueSpanInQuote({ quote, start, end }, value);
  return s ? quote.slice(s[0], s[1]) : null;
};

describe('finding the value inside a quote', () => {
  test('dates as the three languages write them', () => {
    const v = signingDate.value;
    expect(marked(signingDate.sources[0].quote, v)).toBe('25 au 26 octobre');
    expect(marked(signingDate.sources[1].quote, v)).toBe('25-26/10');
    expect(marked('The ceremony will take place on 25–26 October 2025 in Hà Nội.', v)).toBe('25–26 October 2025');
    expect(marked('Viet Nam To Host The Signing On October 25th,2025', { start: '2025-10-25', end: '2025-10-25', precision: 'day' })).toBe('October 25th,2025');
  });

  test('figures with their unit, however the number is grouped', () => {
    expect(marked(delegates.sources[0].quote, delegates.value)).toBe('1,000 delegates');
    expect(marked('Plus de 1\u202f000 délégués étaient présents', delegates.value)).toBe('1\u202f000 délégués');
    expect(marked(chapters.sources[0].quote, chapters.value)).toBe('9 chương');
    expect(marked('Ngày 19/5 có 10000 người', delegates.value)).toBeNull(); // 10000 is not 1000
  });

  test('names with or without diacritics, or the family name alone', () => {
    expect(marked(president.sources[0].quote, president.value)).toBe('Lương Cường');
    expect(marked(secretaryGeneral.sources[0].quote, secretaryGeneral.value)).toBe('Antonio Guterres');
    expect(marked('invitations from President Cường to heads of state', president.value)).toBe('President Cường'); // an alias
    expect(marked('Mr Guterres said the Convention', secretaryGeneral.value)).toBe('Guterres');
  });

  test('offsets are used when they fall in the quote and point at the value; otherwise searched', () => {
    const q = 'Over 1,000 delegates attended; 1,000 delegates again';
    expect(valueSpanInQuote({ quote: q, start: 31, end: 46 }, delegates.value)).toEqual([31, 46]);
    // document offsets beyond the quote, or pointing at other words: search instead
    expect(valueSpanInQuote({ quote: q, start: 4000, end: 4015 }, delegates.value)).toEqual([5, 20]);
    expect(valueSpanInQuote({ quote: q, start: 21, end: 29 }, delegates.value)).toEqual([5, 20]);
  });
});
