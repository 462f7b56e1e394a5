// Which facts the builder reads from documents of our own (invented people and events, in en/fr/vi):
// each class of sentence with a case that builds a fact and one that does not.
import { describe, expect, it } from 'vitest';
import { buildFactBase, checkText, compileMatcher } from '../../../lib/index';
import { findDates } from '../../../lib/extract/dates';
import { findFigures } from '../../../lib/extract/figures';
import { foldWithMap } from '../../../lib/text/fold';
import { defaultLexicon } from '../../../lib/lexicon';
import type { DateValue, FigureValue, Lang, NameValue } from '../../../lib/model';
import { analyze } from '../../../lib/analyze';
import { sentenceFrame } from '../../../lib/subject/sentence-frame';
import { claimFrame } from '../../../lib/subject/claims';

const lex = defaultLexicon();
const dates = (text: string, lang: Lang) =>
  findDates(foldWithMap(text), lex, lang).map((d) => [text.slice(d.start, d.end), d.year, d.year2 ?? null, d.precision]);

/** The date facts built from one document: [the text the fact was read at, start, end]. */
function dateFacts(text: string, lang: Lang): [string, string, string][] {
  const fb = buildFactBase([{ id: 'd', lang, title: 'T', text }]);
  return fb.facts
    .filter((f) => f.kind === 'date')
    .flatMap((f) => [{ value: f.value, sources: f.sources }, ...f.variants])
    .flatMap((g) => g.sources.map((s) => [text.slice(s.start, s.end), (g.value as DateValue).start, (g.value as DateValue).end] as [string, string, string]));
}

describe('spans of years', () => {
  it.each([
    ['en', 'a second term (2019-2024).', '2019-2024', 2019, 2024],
    ['en', 'the 2030–2035 plan', '2030–2035', 2030, 2035],
    ['en', 'from 2019 to 2024 she chaired it', '2019 to 2024', 2019, 2024],
    ['fr', 'de 2019 à 2024, il a dirigé', '2019 à 2024', 2019, 2024],
    ['fr', 'entre 2019 et 2024', '2019 et 2024', 2019, 2024],
    ['vi', 'từ năm 2019 đến năm 2024', '2019 đến năm 2024', 2019, 2024],
  ] as const)('%s: %s', (lang, text, span, y1, y2) => {
    expect(dates(text, lang)).toEqual([[span, y1, y2, 'year']]);
  });
  it('two years that only stand near each other are two years; a backwards span is none', () => {
    expect(dates('in 2019 and 2024', 'en')).toEqual([['2019', 2019, null, 'year'], ['2024', 2024, null, 'year']]);
    expect(dates('2019 to 2024', 'en')).toEqual([['2019', 2019, null, 'year'], ['2024', 2024, null, 'year']]);
    expect(dates('ticket 2024-2019', 'en')).toEqual([]);
    expect(dates('code 2019-2024-7', 'en')).toEqual([]);
  });
});

describe('a term of office and the year it started', () => {
  it.each([
    ['en', 'Governor Ana Rill was re-elected for a second term (2019-2024) last week.', '2019-2024', '2019-01-01', '2024-12-31'],
    ['fr', 'La gouverneure Ana Rill a été réélue pour un second mandat (2019-2024).', '2019-2024', '2019-01-01', '2024-12-31'],
    ['vi', 'Bà Ana Rill tái đắc cử nhiệm kỳ 2019-2024 của tỉnh.', '2019-2024', '2019-01-01', '2024-12-31'],
    ['en', 'In office since 2017, the governor spoke first.', '2017', '2017-01-01', '2017-12-31'],
    ['fr', 'En poste depuis 2017, la gouverneure a parlé la première.', '2017', '2017-01-01', '2017-12-31'],
  ] as const)('%s: %s', (lang, text, span, start, end) => {
    expect(dateFacts(text, lang)).toContainEqual([span, start, end]);
  });
  it('a year that no term or event governs builds no fact', () => {
    expect(dateFacts('The river was quiet in 2017, the fishermen said.', 'en')).toEqual([]);
    expect(dateFacts('Le fleuve était calme en 2017, selon les pêcheurs.', 'fr')).toEqual([]);
    expect(dateFacts('Năm 2017, dòng sông rất yên tĩnh.', 'vi')).toEqual([]);
  });
});

describe('an event beyond "before" or "after" is what a date is set against, not what it dates', () => {
  const governing = (text: string, lang: Lang) => {
    const an = analyze(text, { lang });
    const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
    const d = an.dates[0];
    const fr = sentenceFrame(an, d, all)!.frame;
    return [text.slice(d.start, d.end), fr.governing, fr.temporal ?? null];
  };
  it.each([
    ['en', 'The charter was adopted by the Regional Council of Northern Provinces in December 2024 after five years of negotiations.', 'December 2024'],
    ['fr', 'La charte a été adoptée par le Conseil régional des provinces du Nord en décembre 2024 après cinq ans de négociations.', 'décembre 2024'],
    ['vi', 'Hiến chương được Hội đồng khu vực các tỉnh phía Bắc thông qua vào tháng 12/2024 sau 5 năm đàm phán.', 'tháng 12/2024'],
  ] as const)('%s: %s', (lang, text, span) => {
    expect(governing(text, lang)).toEqual([span, '@adopt', null]);
  });
  it('with no other event, the one beyond the temporal word still governs, set apart by it', () => {
    expect(governing('On 24 October, a day before the ceremony, the square was closed.', 'en')).toEqual(['24 October', '@ceremony', 'before']);
    expect(governing('Le 24 octobre, la veille de la cérémonie, la place était fermée.', 'fr')).toEqual(['24 octobre', '@ceremony', 'before']);
    expect(governing('Ngày 24/10, trước khi khai mạc, quảng trường đã đóng cửa.', 'vi')).toEqual(['24/10', '@open', 'before']);
  });
});

const figures = (text: string) => findFigures(text, foldWithMap(text), lex).map((f) => [text.slice(f.start, f.end), f.amount, f.unit]);

describe('a number that is no count leaves the words after it to be read', () => {
  it.each([
    ['en', 'The charter was signed in December 2024 after five years of talks.', 'five years', 5],
    ['fr', 'La charte a été signée en décembre 2024 après cinq ans de négociations.', 'cinq ans', 5],
    ['vi', 'Hiến chương có hiệu lực từ năm 2024 trong hai năm đầu.', 'hai năm', 2],
  ] as const)('%s: %s', (_lang, text, span, amount) => {
    expect(figures(text)).toEqual([[span, amount, 'years']]);
  });
  it('the year itself is still no count', () => {
    expect(figures('in 2024 national delegations met')).toEqual([]);
    expect(figures('en 2024 après la réunion')).toEqual([]);
  });
});

describe('a Vietnamese number word is written with its marks', () => {
  it('"sáu" is six, "sau" (after) is none; words without marks in the lexicon are read in any case', () => {
    expect(figures('sau hai năm đàm phán')).toEqual([['hai năm', 2, 'years']]);
    expect(figures('sáu năm đàm phán')).toEqual([['sáu năm', 6, 'years']]);
    expect(figures('Five years of talks')).toEqual([['Five years', 5, 'years']]);
    expect(figures('après cinq ans')).toEqual([['cinq ans', 5, 'years']]);
    expect(figures('trente-deux pays')).toEqual([['trente-deux pays', 32, 'countries']]);
  });
});

/** The figure facts built from one document: "the text read=amount unit". */
function figureFacts(text: string, lang: Lang): string[] {
  const fb = buildFactBase([{ id: 'd', lang, title: 'T', text }]);
  return fb.facts
    .filter((f) => f.kind === 'figure')
    .flatMap((f) => [{ value: f.value, sources: f.sources }, ...f.variants])
    .flatMap((g) => g.sources.map((s) => `${text.slice(s.start, s.end)}=${(g.value as FigureValue).amount} ${(g.value as FigureValue).unit}`));
}

describe('a count whose noun is described by a list of words', () => {
  it.each([
    ['en', 'from 40 public, private and academic organisations.', '40 public, private and academic organisations', 40, 'organizations'],
    ['en', 'from 12 local and foreign news agencies.', '12 local and foreign news agencies', 12, 'agencies'],
    ['fr', 'et 12 nouvelles et anciennes délégations.', '12 nouvelles et anciennes délégations', 12, 'delegations'],
    ['vi', 'và 40 tổ chức công, tư và học thuật.', '40 tổ chức', 40, 'organizations'],
  ] as const)('%s: %s', (_lang, text, span, amount, unit) => {
    expect(figures(text)).toEqual([[span, amount, unit]]);
  });
  it('a list after a year, or one not closed by a conjunction before the noun, counts nothing', () => {
    expect(figures('In 2025, regional and national delegations met.')).toEqual([]);
    expect(figures('five and more delegates')).toEqual([]);
    expect(figures('En 2025, nouvelles et anciennes délégations.')).toEqual([]);
    expect(figures('Năm 2025, các đoàn quốc tế và khu vực.')).toEqual([]);
  });
});

describe('the words describing a count\'s noun say what it counts, however far the sentence\'s others', () => {
  const long = {
    en: 'The organisers, who met the ministries of the province and the city council on Monday to review the plans of the harbour festival, the schedule of the parade and the budget, listed six side events, 14 panel discussions, and over 30 ',
    fr: 'Les organisateurs, qui ont rencontré lundi les ministères de la province et le conseil municipal pour examiner les plans de la fête du port, le calendrier du défilé et le budget, ont annoncé six événements parallèles, 14 tables rondes et plus de 30 ',
    vi: 'Ban tổ chức, sau khi làm việc với các bộ của tỉnh và hội đồng thành phố hôm thứ Hai để xem xét kế hoạch lễ hội cảng, lịch diễu hành và ngân sách, cho biết có sáu sự kiện bên lề, 14 phiên thảo luận và hơn 30 ',
  };
  it.each([
    ['en', 'exhibition booths.', 'over 30 exhibition booths=30 booths'],
    ['fr', 'nouvelles délégations.', 'plus de 30 nouvelles délégations=30 delegations'],
    ['vi', 'đoàn đại biểu.', 'hơn 30 đoàn đại biểu=30 delegations'],
  ] as const)('%s: … %s', (lang, end, fact) => {
    expect(figureFacts(long[lang] + end, lang)).toContain(fact);
  });
  it.each([
    ['en', 'over 30 exhibition booths', ['exhibition'], 'over 30 booths'],
    ['fr', 'plus de 30 nouvelles délégations', ['nouvelles'], 'plus de 30 délégations'],
    ['vi', 'hơn 30 đoàn đại biểu', ['dai', 'bieu'], 'hơn 30 đoàn'],
  ] as const)('%s: "%s" is described by its words; a bare noun is described by none', (_lang, described, words, bare) => {
    const describing = (t: string) => findFigures(t, foldWithMap(t), lex).map((f) => f.describing ?? null);
    expect(describing(described)).toEqual([words]);
    expect(describing(bare)).toEqual([null]);
  });
  it('lists of counts: each keeps what describes it', () => {
    expect(figureFacts('The festival welcomed 900 visitors from 12 regional delegations, 40 public, private and academic organisations, and 12 local and foreign news agencies.', 'en'))
      .toEqual(expect.arrayContaining(['12 regional delegations=12 delegations', '40 public, private and academic organisations=40 organizations', '12 local and foreign news agencies=12 agencies']));
  });
});

/** The people built from one document: "name — role". */
function people(text: string, lang: Lang): string[] {
  const fb = buildFactBase([{ id: 'd', lang, title: 'T', text }]);
  return fb.facts.filter((f) => f.kind === 'name' && (f.value as NameValue).entity === 'person').map((f) => `${(f.value as NameValue).name} — ${(f.value as NameValue).role}`);
}

describe('a rank or title before a name is not part of it', () => {
  it.each([
    ['en', 'Senior Lieutenant General Ana Rill, Deputy Minister of Transport, opened the fair.', 'Ana Rill — Deputy Minister'],
    ['en', 'Deputy Minister Professor Ana Rill opened the fair.', 'Ana Rill — Deputy Minister'],
    ['fr', 'Le vice-ministre, Professeur Ana Rill, a ouvert la foire.', 'Ana Rill — Deputy Minister'],
    ['vi', 'Trung tướng Lê Văn Bình, Thứ trưởng, đã khai mạc hội chợ.', 'Lê Văn Bình — Deputy Minister'],
  ] as const)('%s: %s', (lang, text, person) => {
    expect(people(text, lang)).toEqual([person]);
  });
  it('a name that only begins like a rank keeps its words', () => {
    expect(people('Deputy Minister Generosa Lim opened the fair.', 'en')).toEqual(['Generosa Lim — Deputy Minister']);
    expect(people('Le vice-ministre Marshall Obel a ouvert la foire.', 'fr')).toEqual(['Marshall Obel — Deputy Minister']);
    expect(people('Thứ trưởng Tạ Văn Bình đã khai mạc hội chợ.', 'vi')).toEqual(['Tạ Văn Bình — Deputy Minister']);
  });
});

describe('a post\'s complement in capitals before the name', () => {
  it.each([
    // after "of"/"de": the complement's words joined by connectors, then a Vietnamese name, or
    // a lower-case word that ends the complement
    ['en', 'The delegation was led by Deputy Minister of Trade and Industry Tran Van Binh, who spoke first.', 'Tran Van Binh — Deputy Minister'],
    ['fr', 'La délégation était conduite par le vice-ministre de la Santé publique Tran Van Binh, qui a parlé.', 'Tran Van Binh — Deputy Minister'],
    ['vi', 'Đoàn do Thứ trưởng của Bộ Công Thương Trần Văn Bình dẫn đầu.', 'Trần Văn Bình — Deputy Minister'],
    // right after the post, when the complement is written alone elsewhere in the text
    ['en', 'The Northern League signed the pact. Secretary-General Northern League Ana Rill spoke.', 'Ana Rill — Secretary-General'],
    ['vi', 'Hội nghị của Liên Minh Phương Bắc đã bế mạc. Tổng Thư ký Liên Minh Phương Bắc Ana Rill phát biểu.', 'Ana Rill — Secretary-General'],
  ] as const)('%s: %s', (lang, text, person) => {
    expect(people(text, lang)).toEqual([person]);
  });
  it('without that evidence the run is the name; a word written alone only where a sentence starts is none', () => {
    expect(people('Secretary-General Ana Maria Rill spoke.', 'en')).toEqual(['Ana Maria Rill — Secretary-General']);
    expect(people('Ana spoke first. Secretary-General Ana Maria Rill spoke.', 'en')).toEqual(['Ana Maria Rill — Secretary-General']);
    expect(people('Le ministre a parlé. Le vice-ministre Le Van Binh a parlé ensuite.', 'fr')).toEqual(['Le Van Binh — Deputy Minister']);
    expect(people('Lễ khai mạc diễn ra. Thứ trưởng Lê Văn Bình phát biểu tại Lễ khai mạc.', 'vi')).toEqual(['Lê Văn Bình — Deputy Minister']);
    // (a complement with no name that can be told from it builds no person)
    expect(people('The delegation was led by the Deputy Minister of Trade and Industry.', 'en')).toEqual([]);
  });
});

describe('a post\'s complement closed by its acronym in parentheses, then the name', () => {
  it.each([
    // the complement in capitals (en), its first word in capitals (fr), its first syllable in
    // capitals (vi); a comma and an honorific may stand between the acronym and the name
    ['en', 'The talks were opened by Director General of the World Maritime Organization (WMO) Ana Maria Rill, who spoke first.', 'Ana Maria Rill — Director General'],
    ['fr', "La séance a été ouverte par le directeur général de l'Agence internationale des forêts (AIF), Jean Dupont, qui a parlé le premier.", 'Jean Dupont — Director General'],
    ['vi', 'Phiên họp do Tổng giám đốc Tổ chức hàng hải thế giới (WMO), ông Trần Văn Bình chủ trì.', 'Trần Văn Bình — Director General'],
    ['vi', 'Tổng giám đốc Cơ quan lâm nghiệp quốc tế (AIF) Trần Văn Bình đã phát biểu.', 'Trần Văn Bình — Director General'],
  ] as const)('%s: %s', (lang, text, person) => {
    expect(people(text, lang)).toEqual([person]);
  });
  it.each([
    // no name after the acronym
    ['en', 'Director General of the World Maritime Organization (WMO) said the talks would go on.'],
    ['fr', "Le directeur général de l'Agence internationale des forêts (AIF) a dit que les travaux continueraient."],
    ['vi', 'Tổng giám đốc Tổ chức hàng hải thế giới (WMO) cho biết các cuộc thảo luận sẽ tiếp tục.'],
    // an acronym alone after the post is its complement, not a name
    ['en', 'Director General WMO said the talks would go on.'],
    ['fr', "Le directeur général AIF a dit que les travaux continueraient."],
    ['vi', 'Tổng giám đốc WMO cho biết các cuộc thảo luận sẽ tiếp tục.'],
    // a parenthesis that is no acronym does not close the complement
    ['fr', "Le directeur général de l'Agence internationale des forêts (Rome), Jean Dupont, a parlé."],
  ] as const)('%s: no person in "%s"', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
  it('a name in capitals right after the post, with its own parenthesis, is still the name', () => {
    expect(people('President Ana Maria Rill (XYZ) said the talks would go on.', 'en')).toEqual(['Ana Maria Rill — President']);
    expect(people('Le président Jean Dupont (AIF) a dit que les travaux continueraient.', 'fr')).toEqual(['Jean Dupont — President']);
    expect(people('Chủ tịch Trần Văn Bình (AIF) cho biết các cuộc thảo luận sẽ tiếp tục.', 'vi')).toEqual(['Trần Văn Bình — President']);
  });
});

describe('"cuộc gặp" is a meeting, "gặp" alone is no event', () => {
  const governingOfDate = (text: string) => {
    const an = analyze(text, { lang: 'vi' });
    const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
    return sentenceFrame(an, an.dates[0], all)!.frame.governing ?? null;
  };
  it('vi', () => {
    expect(governingOfDate('Thống đốc đã có cuộc gặp với Thị trưởng vào ngày 22/9.')).toBe('@meeting');
    expect(governingOfDate('Thống đốc có buổi gặp với Thị trưởng ngày 22/9.')).toBe('@meeting');
    expect(governingOfDate('Thống đốc gặp khó khăn vào ngày 22/9.')).toBe(null);
  });
});

describe('"before that," is an adverb of its own, not "before" the date', () => {
  const frameOfDate = (text: string, lang: Lang) => {
    const an = analyze(text, { lang });
    const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
    const fr = sentenceFrame(an, an.dates[0], all)!.frame;
    return [fr.governing ?? null, fr.temporal ?? null];
  };
  it.each([
    ['en', 'Before that, on 22 September, the governor met the mayor.', ['@meeting', null]],
    ['fr', 'Avant cela, le 22 septembre, la gouverneure a eu un entretien avec le maire.', ['@meeting', null]],
    ['vi', 'Trước đó, vào ngày 22/9, Thống đốc đã có cuộc gặp với Thị trưởng.', ['@meeting', null]],
    ['en', 'The governor met the mayor before 22 September.', ['@meeting', 'before']],
    ['fr', 'La gouverneure a eu un entretien avec le maire avant le 22 septembre.', ['@meeting', 'until']],
    ['vi', 'Thống đốc đã có cuộc gặp với Thị trưởng kể từ ngày 22/9.', ['@meeting', 'after']],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(frameOfDate(text, lang)).toEqual(want);
  });
});

describe('a count whose noun a pronoun takes up', () => {
  it.each([
    ['fr', "Reste à appliquer l'article 9 — la Charte en compte 40 — avec des moyens adéquats.", '40', 40, 'articles'],
    ['fr', 'Parmi les délégations, la ville en recense 12.', '12', 12, 'delegations'],
    ['en', 'The charter has many articles; the assembly adopted 12 of them.', '12 of them', 12, 'articles'],
    ['vi', 'Hiến chương có nhiều điều; hội đồng đã thông qua 12 trong số đó.', null, null, null],
  ] as const)('%s: %s', (_lang, text, span, amount, unit) => {
    const got = figures(text).filter(([, , u]) => u !== 'years');
    expect(got).toEqual(span ? [[span, amount, unit]] : []);
  });
  it('with no noun named before it in its sentence, or a year, the number is no count', () => {
    expect(figures('La Charte en compte 40.')).toEqual([]);
    expect(figures('Des articles. La Charte en compte 40.')).toEqual([]);
    expect(figures("l'article 9 en compte 2025")).toEqual([]);
    expect(figures('The assembly adopted 12 of them.')).toEqual([]);
    expect(figures('Hiến chương có 40.')).toEqual([]);
  });
});

describe('a cut-off date is the date of the count its clause gives', () => {
  it.each([
    ['en', 'The organisers said that as of 3 May 2025, 40 delegations headed by mayors and councillors of the member provinces and of the observer bodies had confirmed that they would attend the forum.', '3 May 2025'],
    ['fr', "Les organisateurs ont indiqué qu'en date du 3 mai 2025, 40 délégations conduites par des maires et des élus des provinces membres et des organismes observateurs avaient confirmé leur participation au forum.", '3 mai 2025'],
    ['vi', 'Ban tổ chức cho biết tính đến ngày 3/5/2025 đã có 40 đoàn của các tỉnh thành viên và của các tổ chức quan sát viên đã gửi thư đăng ký để tham gia diễn đàn.', '3/5/2025'],
  ] as const)('%s: %s', (lang, text, span) => {
    expect(dateFacts(text, lang).map(([t]) => t)).toContain(span);
  });
  it('with no count after it in its clause, it is tied to nothing', () => {
    expect(dateFacts('The organisers said that as of 3 May 2025 the mayors and councillors of the member provinces and of the observer bodies had not yet confirmed that they would attend the forum.', 'en')).toEqual([]);
    expect(dateFacts("Les organisateurs ont indiqué qu'en date du 3 mai 2025 les maires et élus des provinces membres et des organismes observateurs n'avaient pas encore confirmé leur participation au forum.", 'fr')).toEqual([]);
    expect(dateFacts('Ban tổ chức cho biết tính đến ngày 3/5/2025 các tỉnh thành viên và các tổ chức quan sát viên chưa gửi thư đăng ký (40 đoàn) để tham gia diễn đàn.', 'vi')).toEqual([]);
  });
});

describe('a count that is its clause\'s subject is not governed by an event inside its verb\'s object', () => {
  /** The event governing the count of delegates in its claim's frame (null: none). */
  const governingOfCount = (text: string, lang: Lang) => {
    const an = analyze(text, { lang });
    const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
    const m = an.figures.find((f) => f.unit === 'delegates')!;
    return claimFrame(an, m, all)!.frame.governing ?? null;
  };
  it.each([
    ['en', 'Over 300 delegates from member states reviewed reports from regional preparatory meetings held throughout 2023.'],
    ['fr', 'Plus de 300 délégués des États membres ont examiné les rapports des réunions préparatoires régionales tenues en 2023.'],
    ['vi', 'Hơn 300 đại biểu của các quốc gia thành viên đã xem xét báo cáo của các hội nghị trù bị khu vực diễn ra trong năm 2023.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(governingOfCount(text, lang)).toBe(null);
  });
  it.each([
    // the count's own verb is an event: it passes the count to its object
    ['en', 'Over 300 delegates from member states attended the regional preparatory meetings held throughout 2023.', '@meeting'],
    ['fr', 'Plus de 300 délégués des États membres ont participé aux réunions préparatoires régionales tenues en 2023.', '@meeting'],
    ['vi', 'Hơn 300 đại biểu của các quốc gia thành viên đã tham dự các hội nghị trù bị khu vực diễn ra trong năm 2023.', '@meeting'],
    // an attendance that is the verb's object is the count's own act
    ['en', 'Over 300 delegates from member states have confirmed participation in the regional preparatory meetings.', '@meeting'],
    ['fr', 'Plus de 300 délégués des États membres ont confirmé leur participation aux réunions préparatoires régionales.', '@meeting'],
    ['vi', 'Hơn 300 đại biểu của các quốc gia thành viên đã xác nhận tham dự các hội nghị trù bị khu vực.', '@meeting'],
    // a participle after the noun is not its verb ("invited by")
    ['en', 'Over 300 delegates invited by the host country attended the regional preparatory meetings.', '@meeting'],
    // the count is no clause's subject: the event its sentence names before it governs it
    ['en', 'At the session, over 300 delegates from member states reviewed reports from regional preparatory meetings.', '@session'],
    ['fr', 'Les réunions préparatoires régionales ont réuni plus de 300 délégués des États membres.', '@meeting'],
    ['vi', 'Các hội nghị trù bị khu vực đã thu hút hơn 300 đại biểu của các quốc gia thành viên.', '@meeting'],
  ] as const)('%s: the event still governs in "%s"', (lang, text, event) => {
    expect(governingOfCount(text, lang)).toBe(event);
  });

  /** The counts of delegates built from two documents: "amount [documents]". */
  const delegates = (a: [Lang, string], b: [Lang, string]) =>
    buildFactBase([{ id: 'a', lang: a[0], title: 'A', text: a[1] }, { id: 'b', lang: b[0], title: 'B', text: b[1] }])
      .facts.filter((f) => f.kind === 'figure' && (f.value as FigureValue).unit === 'delegates')
      .map((f) => `${(f.value as FigureValue).amount} [${[...new Set(f.sources.map((s) => s.doc))].sort().join(',')}]`)
      .sort();
  const opened: Record<Lang, string> = {
    en: 'The commission opened its annual session in Geneva on 12 March 2024.',
    fr: 'La commission a ouvert sa session annuelle à Genève le 12 mars 2024.',
    vi: 'Ủy ban đã khai mạc kỳ họp thường niên tại Geneva ngày 12/3/2024.',
  };
  const reviewed: Record<Lang, string> = {
    en: 'Over 300 delegates from member states reviewed reports from regional preparatory meetings held throughout 2023.',
    fr: 'Plus de 300 délégués des États membres ont examiné les rapports des réunions préparatoires régionales tenues en 2023.',
    vi: 'Hơn 300 đại biểu của các quốc gia thành viên đã xem xét báo cáo của các hội nghị trù bị khu vực diễn ra trong năm 2023.',
  };
  const attended: Record<Lang, string> = {
    en: 'The session, attended by over 300 delegates from member states, discussed the reports.',
    fr: 'La session, à laquelle ont participé plus de 300 délégués des États membres, a examiné les rapports.',
    vi: 'Với sự tham dự của hơn 300 đại biểu đến từ các quốc gia thành viên, kỳ họp tập trung thảo luận các báo cáo.',
  };
  it.each([
    ['en', 'vi'],
    ['fr', 'en'],
    ['vi', 'fr'],
  ] as const)('%s beside %s: the count of the session is one fact with both sources', (la, lb) => {
    expect(delegates([la, `${opened[la]} ${reviewed[la]}`], [lb, `${opened[lb]} ${attended[lb]}`])).toEqual(['300 [a,b]']);
  });
  it.each([
    ['en', 'delegates from member states'],
    ['fr', 'délégués des États membres'],
    ['vi', 'đại biểu nước ngoài'],
  ] as const)('%s: its label is the count\'s noun phrase, without the verb', (lang, label) => {
    const text = lang === 'vi' ? 'Hơn 300 đại biểu nước ngoài đã xem xét báo cáo của các hội nghị trù bị khu vực diễn ra trong năm 2023.' : reviewed[lang];
    const fb = buildFactBase([{ id: 'a', lang, title: 'A', text: `${opened[lang]} ${text}` }]);
    expect(fb.facts.find((f) => f.kind === 'figure')?.subjectLabel).toBe(label);
  });
  it('a count a seminar of the same day governs stays a fact of its own', () => {
    const seminar = {
      en: 'At a seminar attended by over 200 delegates the same day, the minister presented her plans for the summit.',
      vi: 'Tại tọa đàm diễn ra cùng ngày với sự tham dự của hơn 200 đại biểu, Bộ trưởng đã trình bày kế hoạch cho hội nghị thượng đỉnh.',
    };
    expect(delegates(['en', `${opened.en} ${reviewed.en}\n\n${seminar.en}`], ['vi', `${opened.vi} ${attended.vi}\n\n${seminar.vi}`])).toEqual(['200 [a,b]', '300 [a,b]']);
  });
});

describe('a place inside a quoted title is part of the title, not a venue', () => {
  const places = (text: string, lang: Lang) => analyze(text, { lang }).places.map((p) => text.slice(p.start, p.end));
  it.each([
    ['en', 'The ministry hosted a forum titled "Gateway to Lisbon: Ports of the Future" in Geneva on 3 May 2024.', ['Geneva']],
    ['fr', 'Le ministère a organisé le forum « Cap sur Lisbonne : les ports de demain » à Genève le 3 mai 2024.', ['Genève']],
    ['vi', 'Bộ đã tổ chức diễn đàn “Hướng tới Lisbon: Cảng biển của tương lai” tại Genève ngày 3/5/2024.', ['Genève']],
    // (straight quotes, or one of each kind)
    ['vi', 'Bộ đã tổ chức diễn đàn "Hướng tới Lisbon: Cảng biển của tương lai” tại Genève ngày 3/5/2024.', ['Genève']],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(places(text, lang)).toEqual(want);
  });
  it.each([
    // a quoted utterance names a place it speaks of: punctuation inside its quote marks, or it
    // opens its sentence or follows a colon
    ['en', '"The forum will be held in Lisbon," she said.'],
    ['en', '"We meet in Lisbon" was the motto of the year.'],
    ['fr', 'Elle a déclaré : « Le forum se tiendra à Lisbonne ».'],
    ['vi', 'Bà nói: “Diễn đàn sẽ được tổ chức tại Lisbon”.'],
    // a quotation that starts in lower case is no title
    ['en', 'She said the forum would "move to Lisbon" next year.'],
  ] as const)('%s: the place stays in "%s"', (lang, text) => {
    expect(places(text, lang).filter((p) => p.startsWith('Lisbo'))).toHaveLength(1);
  });
  it('a page naming the title does not contradict the event\'s venue', () => {
    const fb = buildFactBase([{ id: 'd', lang: 'en', title: 'T', text: 'The international ports forum opened in Geneva on 3 May 2024. The forum was attended by over 300 delegates from port cities.' }]);
    const m = compileMatcher(fb.facts);
    const conflicts = (text: string, lang: Lang) => checkText(m, text, { lang }).filter((f) => f.verdict === 'conflict').map((f) => f.text);
    expect(conflicts('The international ports forum, titled "Gateway to Lisbon: Ports of the Future", opened on 3 May 2024.', 'en')).toEqual([]);
    expect(conflicts('The international ports forum opened in Lisbon on 3 May 2024.', 'en')).toEqual(['Lisbon']);
  });
});

describe('a place whose spelling in the gazetteer has its article', () => {
  const places = (text: string, lang: Lang) => analyze(text, { lang }).places.map((p) => text.slice(p.start, p.end));
  it.each([
    ['en', 'The 15th Congress is scheduled to take place in the UAE in 2026.', ['UAE']],
    ['en', 'The UAE will host the 15th Congress in 2026.', ['UAE']],
    ['fr', 'Le 15e Congrès aura lieu aux Émirats arabes unis en 2026.', ['Émirats arabes unis']],
  ] as const)('is read after the article written in lower case (%s): %s', (lang, text, want) => expect(places(text, lang)).toEqual(want));
});

describe('a building after a preposition of place', () => {
  const places = (text: string, lang: Lang) => analyze(text, { lang }).places.map((p) => text.slice(p.start, p.end));
  it.each([
    ['en', 'The talks ended at the Palace of Nations in Geneva.', ['Geneva']],
    ['fr', 'Les débats se sont achevés au Palais des Congrès à Genève.', ['Genève']],
    ['vi', 'Hội nghị kết thúc tại Trung tâm Hội nghị Quốc gia ở Genève.', ['Genève']],
  ] as const)('is no town (%s): %s', (lang, text, want) => expect(places(text, lang)).toEqual(want));
  it.each([
    ['fr', 'Les débats se sont achevés à Pau.', ['Pau']],
    ['en', 'The talks ended in Pau.', ['Pau']],
  ] as const)('while a town unknown to the gazetteer still is one (%s): %s', (lang, text, want) => expect(places(text, lang)).toEqual(want));
});
