// "LISBON, (Ocean Wire / NPA - 14 March 2026) The fisheries accord was signed …": a date in
// parentheses beside nothing but names in capitals is the wire's filing date, not the event's.
// Sentences of our own, with a user's fact.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const signing: Fact = {
  id: 'user.accord-signing', kind: 'date', subject: 'signing of the fisheries accord', subjectLabel: 'signing of the fisheries accord',
  value: { start: '2026-03-12', end: '2026-03-12', precision: 'day' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The fisheries accord was signed in Lisbon on 12 March 2026.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "L'accord sur la pêche a été signé à Lisbonne le 12 mars 2026.", start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Hiệp định nghề cá đã được ký tại Lisbon ngày 12/3/2026.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([signing]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe("a wire's credit line", () => {
  it.each([
    'LISBON, (Ocean Wire / Northern Press Agency - 14 March 2026) The fisheries accord was signed on Tuesday.',
    "LISBONNE, (Agence Océan - 14 mars 2026) L'accord sur la pêche a été signé mardi.",
    'LISBON (TTXVN, 14/3/2026) Hiệp định nghề cá đã được ký vào thứ Ba.',
  ])('dates the story, not the signing: %s', (text) => expect(conflicts(text)).toEqual([]));
  it.each([
    ['The fisheries accord (signed on 14 March 2026) opens the northern waters to joint patrols.', '14 March 2026'],
    ["L'accord sur la pêche (signé le 14 mars 2026) ouvre les eaux du nord aux patrouilles communes.", '14 mars 2026'],
    ['Hiệp định nghề cá (được ký ngày 14/3/2026) mở vùng biển phía bắc cho tuần tra chung.', '14/3/2026'],
  ])('while a parenthesis that says what happened still dates it: %s', (text, date) => expect(conflicts(text)).toEqual([date]));
});
