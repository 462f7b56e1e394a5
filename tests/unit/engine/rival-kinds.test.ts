// A rival fact nearly as well tied leaves a value in doubt, unless the sentence names every kind of
// event the rival's sources speak of and more of the best fact's: "the Assembly adopted the accord
// on 15 March" is the adoption's, not the Assembly week's. Sentences of our own, with a user's facts.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact, Lang } from '../../../lib/model';

const fact = (id: string, day: string, quotes: [Lang, string][]): Fact => ({
  id, kind: 'date', subject: id, subjectLabel: id, value: { start: day, end: day, precision: 'day' },
  sources: quotes.map(([lang, quote]) => ({ doc: `${id}-${lang}`, lang, quote, start: 0, end: 0 })), variants: [], origin: 'user',
});
const adoption = fact('user.adoption', '2026-03-12', [['en', 'On 12 March 2026, the General Assembly of the Northern Fisheries Organisation adopted the fisheries accord.']]);
const week = fact('user.assembly-week', '2026-09-20', [['en', 'On 20 September 2026, during the week of the General Assembly of the Northern Fisheries Organisation, the ministry held a reception.']]);
const m = compileMatcher([adoption, week]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => `${f.text} ${f.factId}`);

describe('a sentence naming more of one fact\'s kinds of event', () => {
  it.each([
    ['On 15 March 2026, the General Assembly of the Northern Fisheries Organisation adopted the fisheries accord.', '15 March 2026'],
    ["Le 15 mars 2026, l'Assemblée générale de l'Organisation des pêches du Nord a adopté l'accord sur la pêche.", '15 mars 2026'],
    ['Chiều 15/3/2026, Đại hội đồng Tổ chức Nghề cá phương Bắc đã thông qua hiệp định nghề cá.', '15/3/2026'],
  ])('is that fact\'s, the rival set aside: %s', (text, date) => expect(conflicts(text)).toEqual([`${date} user.adoption`]));
});
