// A date that opens its sentence dates the sentence's main act ("On 16 May, the President signed
// invitation letters …"). When that act is an event verb with an object of its own, the date is
// the date of doing that to the object — signing letters — not of the event a fact records under
// the same kind of word (a signing ceremony), unless the object is something the fact knows.
//
// Verbs are told from nouns without a tagger, by what marks a finite verb in each language: an
// English past form in -ed, an auxiliary or an aspect word right before it ("has signed",
// "a signé", "đã ký"). Only a common noun right after it (after an article) is an object here: a
// word in capitals may be the fact's own name ("signed the Convention"), a preposition starts a
// complement ("signed in Hanoi").
import { isContentWord, isEventWord, stem, wordsIn } from './frame';

/**
 * Auxiliaries and aspect words that put a verb right after them, as written (lower case, NFC):
 * folded, the French "va" is the Vietnamese "và" (and), "a" the Vietnamese "à".
 */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'did', 'also',
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'va', 'vont', 'vient', 'viennent',
  'đã', 'sẽ', 'đang', 'vừa', 'mới', 'cũng',
]);
const isAuxiliary = (text: string, w: { start: number; end: number }) => AUXILIARIES.has(text.slice(w.start, w.end).toLowerCase().normalize('NFC'));
/** Articles and determiners between a verb and its object (folded). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'des', 'les', 'le', 'la', "l'", 'un', 'une', 'ses', 'leurs', 'cac', 'nhung', 'mot']);

/**
 * Whether the event word at `span` (offsets in `text`) is a verb whose object, read before `to`,
 * is a common noun the fact does not know (`knows` receives a stemmed folded word).
 */
export function verbWithOtherObject(text: string, span: { start: number; end: number }, to: number, knows: (w: string) => boolean): boolean {
  const head = wordsIn(text, span.start, span.end);
  const last = head[head.length - 1];
  if (!last) return false;
  const before = wordsIn(text, Math.max(0, span.start - 24), span.start).pop();
  const isVerb = /ed$/.test(last.w) || isAuxiliary(text, head[0]) || (!!before && isAuxiliary(text, before) && before.end + 2 >= span.start);
  if (!isVerb) return false;
  const after = wordsIn(text, span.end, Math.min(to, span.end + 80));
  let k = 0;
  while (k < after.length && k < 2 && DETERMINERS.has(after[k].w)) k++;
  const obj = after[k];
  if (!obj || /[,.;:!?()]/.test(text.slice(k ? after[k - 1].end : span.end, obj.start))) return false;
  const c = text.charAt(obj.start);
  if (c !== c.toLowerCase()) return false;
  if (!isContentWord(obj.w) || isEventWord(stem(obj.w))) return false;
  return !knows(stem(obj.w));
}
