// "est arrivé à Hanoï pour … participer à la cérémonie …, le 24 octobre": a value set off by a
// comma at the end of a sentence whose main act is an arrival or a departure is that act's, not
// the event the traveller came for. Sentences of our own, with a user's fact about a subject the
// corpus never speaks of.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { fisheriesSigning } from './user-facts';

const signing = fisheriesSigning;
const m = compileMatcher([signing]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('a date set off after the event a traveller came for', () => {
  it.each([
    'The minister arrived in Lisbon to begin an official visit and attend the signing ceremony of the fisheries accord, on 10 March 2026.',
    "Le ministre est arrivé à Lisbonne pour entamer une visite officielle et participer à la cérémonie de signature de l'accord sur la pêche, le 10 mars 2026.",
    'Bộ trưởng đã đặt chân đến Lisbon để bắt đầu chuyến thăm chính thức và tham dự Lễ ký kết hiệp định nghề cá, ngày 10/3/2026.',
  ])('is the arrival\'s: %s', (text) => expect(conflicts(text)).toEqual([]));

  it.each([
    ['The minister arrived in Lisbon to attend the signing ceremony of the fisheries accord on 10 March 2026.', '10 March 2026'],
    ["Le ministre est arrivé à Lisbonne pour participer à la cérémonie de signature de l'accord sur la pêche, prévue le 10 mars 2026.", '10 mars 2026'],
    ['Bộ trưởng đã đặt chân đến Lisbon để tham dự Lễ ký kết hiệp định nghề cá diễn ra ngày 10/3/2026.', '10/3/2026'],
  ])('is the event\'s when it follows the event or a link verb hands it over: %s', (text, date) => expect(conflicts(text)).toEqual([date]));
});

describe('an arrival written "đã tới", "đã đến"', () => {
  it.each([
    'Rạng sáng ngày 10/3, chuyên cơ chở Bộ trưởng đã tới Lisbon để dự Lễ ký kết hiệp định nghề cá.',
    'Chiều 10/3, Bộ trưởng đã đến Lisbon để dự Lễ ký kết hiệp định nghề cá.',
    "Early on 10 March, the minister's plane arrived in Lisbon for the signing ceremony of the fisheries accord.",
  ])('dates the arrival, not the event: %s', (text) => expect(conflicts(text)).toEqual([]));
  it('while the event\'s own date is still its date', () => expect(conflicts('Ngày 10/3, Lễ ký kết hiệp định nghề cá đã diễn ra tại Lisbon.')).toEqual(['10/3']));
});
