// What a page's findings amount to, for the badge and the popup. Pure.
import type { Finding, Lang } from '../model';
import { ta } from '../../components/app-strings';

export interface PageSummary {
  matches: number;
  conflicts: number;
}

export function summarize(findings: readonly Pick<Finding, 'verdict'>[]): PageSummary {
  let matches = 0;
  let conflicts = 0;
  for (const f of findings) {
    if (f.verdict === 'conflict') conflicts++;
    else if (f.verdict === 'match') matches++;
  }
  return { matches, conflicts };
}

export interface BadgeState {
  text: string;
  /** Background colour: conflicts and matches differ by more than hue (dark red vs. teal). */
  color: string;
  title: string;
}

export const CONFLICT_BADGE_COLOR = '#b3261e';
export const MATCH_BADGE_COLOR = '#00696d';

/** Written before the count, so that the badge says which it counts without colour ("!3" or "✓5"). */
export const CONFLICT_BADGE_MARK = '!';
export const MATCH_BADGE_MARK = '✓';

/**
 * The badge counts conflicts ("!3"); when there are none it counts matches ("✓5"); empty when
 * nothing was found. The colours differ too, but the symbol alone tells them apart.
 */
export function badgeFor({ matches, conflicts }: PageSummary, lang: Lang = 'en'): BadgeState {
  const title = `Factlens: ${ta(lang, 'badge.conflicts', { n: conflicts })}, ${ta(lang, 'badge.matches', { n: matches })}`;
  if (conflicts > 0) return { text: CONFLICT_BADGE_MARK + badgeNumber(conflicts), color: CONFLICT_BADGE_COLOR, title };
  if (matches > 0) return { text: MATCH_BADGE_MARK + badgeNumber(matches), color: MATCH_BADGE_COLOR, title };
  return { text: '', color: MATCH_BADGE_COLOR, title };
}

/** Badges fit about four characters: the mark, then up to "99+". */
function badgeNumber(n: number): string {
  return n > 99 ? '99+' : String(n);
}
