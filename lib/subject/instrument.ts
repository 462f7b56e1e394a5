// Which instrument a sentence speaks of. A treaty, convention or agreement named in capitals ("the
// High Seas Treaty", "The Agreement", "Công ước Hà Nội") says whose signing or adoption the
// sentence reports. When every instrument a sentence names is one the fact's sources never name —
// another kind of instrument than theirs, or a name sharing none of their names' words — the
// value is another instrument's, however alike the events ("was signed in New York on 20
// September"). The names are read the same way from a page and from a fact's quotes.
import { phrasesIn, translationsOf, wordsIn, stem, isContentWord, namesBuilding, type Word } from './frame';

export interface NamedInstrument {
  /** The kind noun, as the first of its translations ("convention", "treaty", "agreement"). */
  kind: string;
  /** The other words of the name in capitals, folded and stemmed, with the one-word forms of
   *  two-syllable names ("Hà Nội" → "ha", "noi", "hanoi"). */
  words: Set<string>;
}

/** Small words inside names in capitals ("Convention on the Law of the Sea", "Công ước của Liên hợp quốc"). */
const CONNECTORS = new Set(['of', 'on', 'the', 'against', 'for', 'and', 'de', 'du', 'des', 'la', 'le', "l'", "d'", 'sur', 'contre', 'pour', 'et', 'cua', 've']);

const capitalAt = (text: string, w: Word) => /^\p{Lu}/u.test(text.slice(w.start, w.start + 1));

/** The kind of each kind noun of a text, named in capitals or not (the kind as its first translation). */
export function kindsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of phrasesIn(wordsIn(text))) if (f.p.kind === 'kind') out.add(kindOf(f.p.words));
  return out;
}

function kindOf(words: string[]): string {
  const cue = words.map(stem).join(' ');
  return translationsOf(cue)?.[0] ?? cue;
}

/** The instruments a text names in capitals: a kind noun written with a capital and the capitalised words around it. */
export function namedInstruments(text: string, from = 0, to = text.length): NamedInstrument[] {
  const words = wordsIn(text, from, to);
  const out: NamedInstrument[] = [];
  for (const f of phrasesIn(words)) {
    if (f.p.kind !== 'kind' || !capitalAt(text, words[f.i])) continue;
    const name = new Set<string>();
    // (the name's words, folded: a building named after conventions is no instrument, "the National Convention Centre")
    // (and the words just before it, through a small word: "Centre des Conventions")
    const all: string[] = [words[f.i].w];
    if (f.i > 0) all.push(words[f.i - 1].w);
    if (f.i > 1 && CONNECTORS.has(words[f.i - 1].w)) all.push(words[f.i - 2].w);
    const add = (k: number) => {
      all.push(words[k].w);
      // (an acronym, "LHQ", "UN", "BBNJ", stands for words spelled out elsewhere: it is no name word)
      const written = text.slice(words[k].start, words[k].end);
      if (written.length > 1 && written === written.toUpperCase()) return;
      if (isContentWord(words[k].w)) name.add(stem(words[k].w));
      // (a two-syllable name is one word in other languages: "Hà Nội", "Hanoi")
      if (k > 0 && capitalAt(text, words[k - 1]) && isContentWord(words[k - 1].w) && words[k - 1].end + 1 === words[k].start) name.add(`${words[k - 1].w}${words[k].w}`);
    };
    // before it: the capitalised words right before ("the Hanoi Convention", "the High Seas Treaty")
    for (let k = f.i - 1; k > 0 && capitalAt(text, words[k]) && !/[,.;:!?()"“”«»]/.test(text.slice(words[k].end, words[k + 1].start)); k--) add(k);
    // after it: capitalised words, through small connecting words ("Convention on the Law of the Sea")
    for (let k = f.j; k < words.length; k++) {
      if (/[,.;:!?()"“”«»]/.test(text.slice(words[k - 1].end, words[k].start))) break;
      if (capitalAt(text, words[k])) add(k);
      else if (!CONNECTORS.has(words[k].w) || !words[k + 1] || !capitalAt(text, words[k + 1]) && !CONNECTORS.has(words[k + 1].w)) break;
    }
    if (namesBuilding(all.join(' '))) continue;
    out.push({ kind: kindOf(f.p.words), words: name });
  }
  return out;
}

/** What quotes say of their instruments: every kind they name, and the words of their names. */
export interface InstrumentSignature {
  kinds: Set<string>;
  words: Set<string>;
}

export function instrumentSignature(quotes: { quote: string }[]): InstrumentSignature {
  const kinds = new Set<string>();
  const words = new Set<string>();
  for (const { quote } of quotes) {
    for (const k of kindsIn(quote)) kinds.add(k);
    for (const n of namedInstruments(quote)) for (const w of n.words) words.add(w);
  }
  return { kinds, words };
}

/**
 * Whether every instrument the sentence names is another than the known ones: a kind the quotes
 * never use (kinds are compared through their translations), or a name sharing no word with any
 * name they give, in any language. A sentence naming none, or quotes naming none, say nothing
 * either way.
 */
export function namesOtherInstrument(named: NamedInstrument[], known: InstrumentSignature): boolean {
  if (!named.length || !known.kinds.size) return false;
  return named.every((n) => !known.kinds.has(n.kind) || (known.words.size > 0 && n.words.size > 0 && ![...n.words].some((w) => known.words.has(w))));
}
