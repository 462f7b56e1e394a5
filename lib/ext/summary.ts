// What a page's findings amount to, for the badge and the popup. Pure.
import type { Finding } from '../model';

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

/** The badge counts conflicts; when there are none it counts matches; empty when nothing was found. */
export function badgeFor({ matches, conflicts }: PageSummary): BadgeState {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const title = `Factlens: ${count(conflicts, 'conflict', 'conflicts')}, ${count(matches, 'match', 'matches')}`;
  if (conflicts > 0) return { text: badgeNumber(conflicts), color: CONFLICT_BADGE_COLOR, title };
  if (matches > 0) return { text: badgeNumber(matches), color: MATCH_BADGE_COLOR, title };
  return { text: '', color: MATCH_BADGE_COLOR, title };
}

/** Badges fit about four characters. */
function badgeNumber(n: number): string {
  return n > 999 ? '999+' : String(n);
}
