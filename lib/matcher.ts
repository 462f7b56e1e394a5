// Compiles a fact base for checking pages: facts indexed by subject and kind, the people's
// spellings in one phrase set, and the lexicon's subjects completed by the subjects of a user's
// own facts. Compiled once per fact base; checking a page then reads only these indexes.
import { defaultLexicon, labelOf, PhraseSet, type Lexicon } from './lexicon';
import { signatureOf, SubjectIndex, type Signature } from './subject/signature';
import { isVietnameseName, tokensOf } from './people';
import type { Fact, NameValue } from './model';

export interface PersonEntry {
  fact: Fact;
  /** Folded spellings of the full name (two words or more). */
  forms: string[][];
  /** The spellings a near miss is measured against: full names only, not shortenings. */
  nearForms: string[][];
  given: string;
  family?: string;
  vietnamese: boolean;
}

export interface Matcher {
  lex: Lexicon;
  facts: Map<string, Fact>;
  /** attr → facts, attr being 'date', 'place' or 'figure:<unit>'. */
  byAttr: Map<string, Fact[]>;
  /** What each of those facts' subjects looks like on a page (lib/subject/signature.ts). */
  subjects: SubjectIndex;
  people: PersonEntry[];
  personForms: PhraseSet<PersonEntry>;
  /** Every folded word of every person's name → the people it belongs to. */
  nameWords: Map<string, PersonEntry[]>;
  /** For roles held by one person at a time: the holder. */
  roleHolder: Map<string, PersonEntry>;
  /** Given names and family names with one letter deleted (and whole) → people: finds words one edit away. */
  oneEdit: Map<string, PersonEntry[]>;
  /** Each full spelling with one word masked ("le * thu hang") → the spelling: near misses in O(words). */
  masked: Map<string, { p: PersonEntry; form: string[] }[]>;
  /** Word counts of the spellings in `masked`. */
  maskedLengths: number[];
}

/** The keys of a spelling with one word masked at a time. */
export function maskedKeys(words: string[]): string[] {
  return words.map((_, i) => words.map((w, j) => (i === j ? '*' : w)).join(' '));
}

/** The word itself and the word with each one letter deleted (symmetric-delete spelling index). */
export function deletions(w: string): string[] {
  const out = new Set([w]);
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

export function factAttr(f: Fact): string | undefined {
  if (f.kind === 'date') return 'date';
  if (f.kind === 'figure') return `figure:${(f.value as { unit: string }).unit}`;
  const v = f.value as NameValue;
  return v.entity === 'place' ? 'place' : undefined;
}

export function compileMatcher(facts: Fact[], opts: { lex?: Lexicon } = {}): Matcher {
  const lex = opts.lex ?? defaultLexicon();
  const byAttr = new Map<string, Fact[]>();
  const sigs = new Map<string, Signature>();
  const groups = new Map<string, string>();
  const people: PersonEntry[] = [];
  for (const f of facts) {
    const attr = factAttr(f);
    if (attr) {
      if (!byAttr.has(attr)) byAttr.set(attr, []);
      byAttr.get(attr)!.push(f);
      sigs.set(f.id, signatureOf(f));
      groups.set(f.id, attr);
    } else if (f.kind === 'name') {
      sigs.set(f.id, signatureOf(f));
      groups.set(f.id, 'person');
      const v = f.value as NameValue;
      const names = [v.name, ...(v.aliases ?? [])].filter((n) => tokensOf(n).length >= 2);
      const forms = names.map(tokensOf);
      const nearForms = forms.slice();
      const main = tokensOf(v.name);
      if (!main.length) continue;
      const vn = isVietnameseName(v.name) || names.some(isVietnameseName);
      if (main.length >= 3 && !vn) {
        // "Ghada Waly" for "Ghada Fathi Waly"; Vietnamese names are not shortened that way
        // ("Lê Trung" is no short form of "Lê Hoài Trung": it begins "Lê Trung Chinh", another man)
        forms.push([main[0], main[main.length - 1]]);
        nearForms.push([main[0], main[main.length - 1]]);
      }
      people.push({ fact: f, forms, nearForms, given: main[main.length - 1], family: vn ? main[0] : undefined, vietnamese: vn });
    }
  }
  const personForms = new PhraseSet<PersonEntry>(people.flatMap((p) => p.forms.map((f) => [f.join(' '), p] as [string, PersonEntry])));
  const nameWords = new Map<string, PersonEntry[]>();
  for (const p of people) for (const form of p.forms) for (const w of form) {
    const list = nameWords.get(w) ?? [];
    if (!list.includes(p)) list.push(p);
    nameWords.set(w, list);
  }
  const roleHolder = new Map<string, PersonEntry>();
  for (const p of people) {
    const role = lex.roleById.get(p.fact.subject);
    if (role?.unique && !roleHolder.has(role.id)) roleHolder.set(role.id, p);
  }
  const oneEdit = new Map<string, PersonEntry[]>();
  for (const p of people) for (const w of [p.given, p.family]) {
    if (!w || w.length < 4) continue;
    for (const d of deletions(w)) {
      const list = oneEdit.get(d) ?? [];
      if (!list.includes(p)) list.push(p);
      oneEdit.set(d, list);
    }
  }
  const masked = new Map<string, { p: PersonEntry; form: string[] }[]>();
  const lengths = new Set<number>();
  for (const p of people) for (const form of p.nearForms) {
    if (form.length < 2) continue;
    lengths.add(form.length);
    for (const k of maskedKeys(form)) {
      const list = masked.get(k) ?? [];
      list.push({ p, form });
      masked.set(k, list);
    }
  }
  return {
    masked,
    maskedLengths: [...lengths].sort((a, b) => b - a),
    oneEdit,
    lex,
    facts: new Map(facts.map((f) => [f.id, f])),
    byAttr,
    subjects: new SubjectIndex(sigs, groups),
    people,
    personForms,
    nameWords,
    roleHolder,
  };
}

export function subjectLabel(m: Matcher, f: Fact): string {
  const s = m.lex.roleById.get(f.subject);
  return f.subjectLabel ?? (s ? labelOf(s.label) : f.subject);
}

