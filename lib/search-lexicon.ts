// Names of roles in all three languages, from the engine's lexicon, for the search
// index: a French or Vietnamese reader finds "Lễ mở ký" or "Secrétaire général" facts whose
// labels are English. Read-only use of lib/lexicon.
import type { Fact } from './model';
import { defaultLexicon, type Lexicon } from './lexicon';
import { fold } from './text/fold';
import type { IndexOptions } from './search';

export function lexiconSubjectTexts(lex: Lexicon = defaultLexicon()): NonNullable<IndexOptions['subjectTexts']> {
  // People carry their role's label as role and subject label: the post's name in every language.
  const roleByLabel = new Map(lex.raw.roles.map((r) => [fold(r.label.en ?? ''), r] as const));
  return (f: Fact) => {
    const out: string[] = [];
    const roleText = ('name' in f.value && f.value.role) || f.subjectLabel;
    const role = roleText ? roleByLabel.get(fold(roleText)) : undefined;
    if (role) out.push(...Object.values(role.label).filter((l): l is string => !!l));
    return out;
  };
}
