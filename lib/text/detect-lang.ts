import type { Lang } from '../model';

// Vietnamese is told by its letters (ơ ư ă đ and stacked tone marks); French from English by
// function words. Cheap and good enough for news text of a few hundred characters or more.
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
// lower-case only: "Le Thi Thu Hang" and "La Thi Thu Hang" are names, not French articles
const FR_WORDS = /(?<![\p{L}])(le|la|les|des|du|et|est|une|dans|pour|avec|sur|qui|que|au|aux|été|à)(?![\p{L}])/gu;
const EN_WORDS = /(?<![\p{L}])(the|and|of|to|in|is|was|for|with|on|that|by|from|at)(?![\p{L}])/gu;

export function detectLang(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  if (vi / letters > 0.02) return 'vi';
  const fr = sample.match(FR_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  return fr > en ? 'fr' : 'en';
}
