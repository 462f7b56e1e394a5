// A page that names only other editions of a kind of event than the fact's ("the 56th session")
// speaks of those: an unnumbered mention of that event on it ("Regular session of the Commission
// (17 to 21 March)") is theirs, not a wrong date of the fact's edition. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const session: Fact = {
  id: 'user.commission-session', kind: 'date', subject: '34th session of the Fisheries Commission', subjectLabel: '34th session of the Fisheries Commission',
  value: { start: '2026-05-19', end: '2026-05-19', precision: 'day' },
  sources: [
    { doc: 'n-en', lang: 'en', quote: 'The 34th session of the Fisheries Commission opened in Oslo on 19 May 2026.', start: 0, end: 0 },
    { doc: 'n-fr', lang: 'fr', quote: 'La 34e session de la Commission des pêches s\'est ouverte à Oslo le 19 mai 2026.', start: 0, end: 0 },
    { doc: 'n-vi', lang: 'vi', quote: 'Kỳ họp thứ 34 của Ủy ban Nghề cá khai mạc tại Oslo ngày 19/5/2026.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([session]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('a page naming another edition', () => {
  it.each([
    'Regular session of the Fisheries Commission (17 to 21 March)\n\nAt its 56th session, the Fisheries Commission discussed quotas for the northern seas.',
    'Session ordinaire de la Commission des pêches (17 au 21 mars)\n\nLors de sa 56e session, la Commission des pêches a examiné les quotas des mers du Nord.',
    'Kỳ họp thường kỳ của Ủy ban Nghề cá (17 - 21/3)\n\nTại kỳ họp thứ 56, Ủy ban Nghề cá đã thảo luận hạn ngạch cho các vùng biển phía bắc.',
  ])('says its unnumbered mentions are that edition\'s: %s', (text) => expect(conflicts(text)).toEqual([]));
  it.each([
    ['Regular session of the Fisheries Commission (17 to 21 March)\n\nAt its 34th session, the Fisheries Commission discussed quotas for the northern seas.', '17 to 21 March'],
    ['Session ordinaire de la Commission des pêches (17 au 21 mars)\n\nLors de sa 34e session, la Commission des pêches a examiné les quotas des mers du Nord.', '17 au 21 mars'],
  ])('while a page naming the fact\'s own edition is about it: %s', (text, date) => expect(conflicts(text)).toEqual([date]));
});
