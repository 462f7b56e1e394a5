import { describe, expect, it } from 'vitest';
import { badgeFor, CONFLICT_BADGE_COLOR, MATCH_BADGE_COLOR, summarize } from '../../../lib/ext/summary';

describe('summaries and badge', () => {
  it('counts matches and conflicts', () => {
    expect(summarize([{ verdict: 'match' }, { verdict: 'conflict' }, { verdict: 'match' }])).toEqual({ matches: 2, conflicts: 1 });
    expect(summarize([])).toEqual({ matches: 0, conflicts: 0 });
  });

  it('shows conflicts first, then matches, and nothing when nothing was found', () => {
    expect(badgeFor({ matches: 4, conflicts: 2 })).toEqual({
      text: '!2',
      color: CONFLICT_BADGE_COLOR,
      title: 'Factlens: 2 conflicts, 4 matches',
    });
    expect(badgeFor({ matches: 1, conflicts: 0 })).toEqual({ text: '✓1', color: MATCH_BADGE_COLOR, title: 'Factlens: 0 conflicts, 1 match' });
    expect(badgeFor({ matches: 0, conflicts: 0 }).text).toBe('');
    expect(badgeFor({ matches: 0, conflicts: 12345 }).text).toBe('!99+');
    // Told apart without colour: the symbol before the count differs.
    expect(badgeFor({ matches: 3, conflicts: 0 }).text).toBe('✓3');
    expect(badgeFor({ matches: 0, conflicts: 3 }).text).toBe('!3');
    // Its tooltip speaks the interface language.
    expect(badgeFor({ matches: 1, conflicts: 2 }, 'fr').title).toBe('Factlens: 2 contradictions, 1 concordance');
    expect(badgeFor({ matches: 1, conflicts: 2 }, 'vi').title).toBe('Factlens: 2 mâu thuẫn, 1 trùng khớp');
  });
});
