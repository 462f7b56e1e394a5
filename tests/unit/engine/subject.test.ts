// What a value is about, learnt from the facts: the frame mechanism (lib/subject/) with sentences
// of our own in each language, and a fact a user adds about a subject the corpus never speaks of.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { frameOf } from '../../../lib/subject/frame';
import type { Fact } from '../../../lib/model';

import { analyze } from '../../../lib/analyze';

/** The frame of a value, the other values of the sentence found as the checker finds them. */
const frame = (text: string, value: string) => {
  const start = text.indexOf(value);
  const an = analyze(text);
  const others = [...an.dates, ...an.figures, ...an.places].filter((o) => o.end <= start || o.start >= start + value.length);
  return frameOf({ text, start, end: start + value.length, others });
};

describe('the event that governs a value', () => {
  it.each([
    ['The summit will be held in Geneva on 12 March.', '12 March', '@summit'],
    ['Le sommet se tiendra du 12 au 13 mars à Genève.', '12 au 13 mars', '@summit'],
    ['Hội nghị thượng đỉnh sẽ diễn ra ngày 12/3 tại Genève.', '12/3', '@summit'],
    ['The minister arrived in Geneva on 11 March for the summit.', '11 March', '@arrive'],
    ["Le ministre est arrivé à Genève le 11 mars pour le sommet.", '11 mars', '@arrive'],
  ])('%s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));

  it('reads through a quoted title between an event and its date', () => {
    expect(frame('The festival "Lights over the long river of the north" will be held on 4 May.', '4 May').governing).toBe('@festival');
  });
  it.each([
    ['Registrations were counted as of 14 March.', '14 March', 'as-of'],
    ['Tính đến ngày 14/3, đã có 90 đoàn đăng ký.', '14/3', 'as-of'],
    ["Les inscriptions restent ouvertes jusqu'au 20 mars.", '20 mars', 'until'],
  ])('a temporal word sets the date apart: %s', (text, value, role) => expect(frame(text, value).temporal).toBe(role));
  it('a date followed by "two days before the summit" is the date of what happened then', () => {
    const f = frame('The ministers met on 10 March, two days before the summit.', '10 March');
    expect(f.governing).toBe('@meeting');
  });
  it.each([
    ['Ministers spoke at the 80th session of the United Nations General Assembly on 29 September.', '29 September'],
    ["Les ministres ont parlé lors de la 80e session de l'Assemblée Générale des Nations Unies le 29 septembre.", '29 septembre'],
  ])('an ordinal before a name in capitals names the edition of the event the name ends with: %s', (text, value) => {
    const f = frame(text, value);
    expect(f.governing).toBe('@assembly');
    expect([f.ordinal, f.editionOfGoverning]).toEqual([80, true]);
  });
  it("a date's own ordinal names no edition", () => {
    const f = frame('The signing ceremony of the Lisbon Accord will be held on October 28th, 2026.', 'October 28th, 2026');
    expect(f.editionOfGoverning).toBeUndefined();
  });
  it.each([
    ['The summit wrapped up at the town hall in Madrid, with delegates signing the accord.', 'Madrid', '@summit'],
    ["Le sommet s'est achevé dans la grande salle de la mairie à Madrid, les délégués signant l'accord.", 'Madrid', '@summit'],
    ['Hội nghị thượng đỉnh đã kết thúc tại hội trường thành phố ở Madrid, với các đại biểu ký hiệp định.', 'Madrid', '@summit'],
  ])('an event beyond a comma is another clause\'s: the event of the value\'s own clause governs, several words away: %s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));
  it.each([
    ['On 2 March, the ministry hosted an event titled "Road to Lisbon: The Signing Ceremony of the Fisheries Accord" at the UN headquarters.', '2 March', true],
    ["Le 2 mars, le ministère a organisé un événement intitulé « Vers Lisbonne : la cérémonie de signature de l'accord sur la pêche » au siège de l'ONU.", '2 mars', true],
    ['Ngày 2/3, Bộ đã tổ chức sự kiện mang tên “Hướng tới Lisbon: Lễ ký kết hiệp định nghề cá” tại trụ sở Liên hợp quốc.', '2/3', true],
    ['On 2 March, the ministry hosted the event at the UN headquarters.', '2 March', undefined],
  ])('an event named by a quoted title is that titled event, not the one its title speaks of: %s', (text, value, titled) => expect(frame(text, value).titled).toBe(titled));
  it('a sentence without an event word governs nothing', () => {
    expect(frame('The weather in Geneva on 12 March was mild.', '12 March').governing).toBeUndefined();
  });
});

// A user's facts about a subject nothing in the corpus speaks of: a label and one quote each.
const userFacts: Fact[] = [
  {
    id: 'user.press-conference', kind: 'date', subject: 'press conference on the outcomes',
    subjectLabel: 'press conference on the outcomes',
    value: { start: '2025-10-26', end: '2025-10-26', precision: 'day' },
    sources: [{ doc: 'note', lang: 'en', quote: 'An international press conference on the outcomes was held on October 26.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  },
  {
    id: 'user.signed', kind: 'figure', subject: 'countries that signed', subjectLabel: 'countries that signed',
    value: { amount: 72, unit: 'countries', qualifier: 'exact' },
    sources: [{ doc: 'note', lang: 'en', quote: 'In all, 72 countries signed the treaty.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  },
];

describe("a user's fact about a new subject", () => {
  const m = compileMatcher(userFacts);
  const marks = (t: string) => checkText(m, t).map((f) => `${f.verdict}:${f.text}`);
  it('marks a page that states it, and contradicts one that states another value', () => {
    expect(marks('Reporters gathered at an international press conference on October 26.')).toEqual(['match:October 26']);
    expect(marks('Reporters gathered at an international press conference on October 27.')).toEqual(['conflict:October 27']);
    expect(marks('As many as 72 countries signed the treaty.')).toEqual(['match:72 countries']);
    expect(marks('As many as 65 countries signed the treaty.')).toEqual(['conflict:65 countries']);
  });
  it('says nothing of the same kind of value about something else', () => {
    expect(marks('The football final was played on October 27.')).toEqual([]);
    expect(marks('The delegation arrived on October 27, a day after the press conference.')).toEqual([]);
    expect(marks('Some 65 countries took part in the games.')).not.toContain('conflict:65 countries');
  });
  it('gives every finding a score, and paints no conflict below the threshold', () => {
    const all = checkText(m, 'Officials spoke to the press on October 27 about the conference.', { withPossible: true });
    for (const f of all) expect(typeof f.score).toBe('number');
    expect(checkText(m, 'Officials spoke to the press on October 27 about the conference.').filter((f) => f.verdict === 'conflict' && (f.score ?? 0) < 0.55)).toEqual([]);
  });
});

// A small base built by the engine from documents of our own, about a subject the corpus never
// speaks of: the general rules for telling which fact a value is about, each with a case that is
// marked and one that is not.
import { buildFactBase } from '../../../lib/index';

const forumDocs = [
  { id: 'a', lang: 'en' as const, title: 'Water forum', text: 'The 12th World Water Forum will be held in Lisbon on 3 June 2026, the organisers announced. Over 1,000 delegates will attend the forum. Culture Minister Mira Talvinen will open the forum.' },
  { id: 'b', lang: 'fr' as const, title: 'Forum de l\'eau', text: 'Le 12e Forum mondial de l\'eau se tiendra à Lisbonne le 3 juin 2026. La ministre de la Culture, Mira Talvinen, ouvrira le forum.' },
];
const forum = compileMatcher(buildFactBase(forumDocs).facts);
const forumMarks = (t: string) => checkText(forum, t).map((f) => `${f.verdict}:${f.text}`);

describe('which fact a value is about, on a base built from documents', () => {
  it('agrees and disagrees with the event\'s date, in both languages', () => {
    expect(forumMarks('The 12th World Water Forum opens in Lisbon on 3 June 2026.')).toContain('match:3 June 2026');
    expect(forumMarks('The 12th World Water Forum will be held on 8 June 2026.')).toContain('conflict:8 June 2026');
    expect(forumMarks('Le 12e Forum mondial de l\'eau se tiendra le 9 juin 2026.')).toContain('conflict:9 juin 2026');
  });
  it('compares counts by their qualifiers: bounds agree with amounts inside them', () => {
    expect(forumMarks('More than a thousand delegates will attend the World Water Forum.')).toContain('match:More than a thousand delegates');
    expect(forumMarks('Exactly 1,200 delegates will attend the World Water Forum.')).toContain('match:1,200 delegates');
    expect(forumMarks('Only 600 delegates will attend the World Water Forum.')).toContain('conflict:600 delegates');
    // "over 1,000" is said of a thousand and some, not of 9,000: neither agrees nor disagrees
    expect(forumMarks('Some 9,000 visitors and 9,000 delegates will attend the World Water Forum.').filter((x) => x.includes('9,000'))).toEqual([]);
  });
  it('another edition is another event', () => {
    expect(forumMarks('The 11th World Water Forum was held in Dakar on 21 March 2022.').filter((m) => m.startsWith('conflict'))).toEqual([]);
  });
  it('a date a day before the event, or the date of an arrival, is not the event\'s', () => {
    expect(forumMarks('Delegates arrived in Lisbon on 2 June 2026, a day before the World Water Forum.').filter((m) => m.startsWith('conflict'))).toEqual([]);
  });
  it('a place someone went to, or a place in parentheses, is not the venue', () => {
    expect(forumMarks('The minister travelled to the World Water Forum after a visit to Porto.').filter((m) => m.startsWith('conflict'))).toEqual([]);
    expect(forumMarks('The World Water Forum opened at the congress centre (Porto office of the organisers).').filter((m) => m.startsWith('conflict'))).toEqual([]);
  });
  it('a known person is marked where the page speaks of what the base knows, not on any page naming them', () => {
    const about = 'Culture Minister Mira Talvinen will open the 12th World Water Forum in Lisbon on 3 June 2026, the organisers said. ' +
      'Delegations from many countries are expected, and the forum will discuss rivers, dams and the sharing of water between countries over several days of talks.';
    const other = 'Culture Minister Mira Talvinen visited a new library in the north of the country on Tuesday, where she read to children and praised the local volunteers. ' +
      'The library, built by the town over three years, holds books in four languages and will open every day of the week from next month onwards. ' +
      'Local schools plan weekly visits, and the town council hopes the reading room will draw families from the whole valley.';
    expect(forumMarks(about)).toContain('match:Mira Talvinen');
    expect(forumMarks(other)).toEqual([]);
  });
});

describe('a fact as the options form saves it (its subject typed, no separate label)', () => {
  const typed: Fact = {
    id: 'user:typed', kind: 'date', subject: 'press conference on the outcomes',
    value: { start: '2025-10-26', end: '2025-10-26', precision: 'day' },
    sources: [{ doc: 'user-doc:notes', lang: 'en', quote: 'An international press conference on the outcomes was held on October 26.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  };
  const m = compileMatcher([typed]);
  it('is recognised by the words of its subject and quote', () => {
    const marks = (t: string) => checkText(m, t).map((f) => `${f.verdict}:${f.text}`);
    expect(marks('The press conference on the outcomes took place on October 26 in the capital.')).toEqual(['match:October 26']);
    expect(marks('The press conference on the outcomes took place on October 27 in the capital.')).toEqual(['conflict:October 27']);
  });
});

describe('an event put after its linking verb and the value', () => {
  it.each([
    ["Le 12 mars, s'est tenue à Genève la conférence sur l'eau.", 'Genève', '@conference'],
    ["Cette année s'est tenu le 12 mars le sommet des océans.", '12 mars', '@summit'],
  ])('governs the value between them: %s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));
  it('not beyond a comma', () => {
    expect(frame("Le sommet s'est tenu à Genève, et la conférence a suivi.", 'Genève').governing).toBe('@summit');
  });
});

describe('SubjectIndex.scoreAll', () => {
  it('gives each fact exactly the score score() gives it, in the order asked, a fact asked twice included', async () => {
    const { corpusMatcher, CORPUS_DIR } = await import('./corpus');
    const { readCorpus } = await import('../../../lib/cli/corpus');
    const { sentenceFrame, valueAttr } = await import('../../../lib/subject/sentence-frame');
    const m = corpusMatcher();
    let compared = 0;
    for (const doc of readCorpus(CORPUS_DIR)) {
      const an = analyze(doc.text, { lex: m.lex });
      const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
      for (const v of all) {
        const facts = m.byAttr.get(valueAttr(v)) ?? [];
        const f = sentenceFrame(an, v, all)?.frame;
        if (!f || !facts.length) continue;
        const asked = [...facts, facts[0], ...[...m.facts.values()].filter((x) => x.kind === 'name').slice(0, 2)];
        const got = m.subjects.scoreAll(f, asked);
        expect(got.map((r) => r.fact)).toEqual(asked);
        // (toBe: the same number to the last bit)
        got.forEach((r) => expect(r.score).toBe(m.subjects.score(f, r.fact.id)));
        compared += got.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('taking part passes the value to its object in its own clause only', () => {
  it.each([
    ['With over 300 delegates in attendance, the forum is the last session before the summit.', 'over 300 delegates', '@attend'],
    ['Avec plus de 300 délégués en participation, le forum est la dernière session avant le sommet.', 'plus de 300 délégués', '@attend'],
    ['Over 300 delegates attended the forum on fisheries.', 'Over 300 delegates', '@forum'],
    ['Plus de 300 délégués ont participé au forum sur la pêche.', 'Plus de 300 délégués', '@forum'],
    ['Hơn 300 đại biểu đã tham dự diễn đàn nghề cá.', 'Hơn 300 đại biểu', '@forum'],
  ])('%s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));
});

describe('a Vietnamese word that reads as an event word once its tones are folded', () => {
  it.each([
    ['Diễn đàn được kỳ vọng là cơ hội để bạn bè quốc tế biết đến Madrid.', 'Madrid', '@forum'],
    ['Hiệp định được ký tại Madrid.', 'Madrid', '@sign'],
    ['Hiệp định đã ký tại Madrid.', 'Madrid', '@sign'],
  ])('is not that event ("được kỳ vọng", expected, is no "được ký", signed): %s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));
});
