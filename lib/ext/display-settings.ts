// What the user chose to see: which kinds are marked, whether matches are marked at all (or only
// conflicts), the colours (from a palette that stays readable on light pages), and the interface
// language. Stored in the settings table; applied by the background to every check.
import type { FactKind, Finding, Lang } from '../model';
import { FACT_KINDS, LANGS } from '../model';
import type { FactlensDB } from '../db/schema';

export const DISPLAY_KEY = 'display';

/** Underline colours with at least 4.5:1 contrast on white, told apart by more than hue. */
export const PALETTE = {
  match: { teal: '#00696d', blue: '#0b57d0', green: '#146c2e' },
  conflict: { red: '#b3261e', orange: '#a04100', magenta: '#a1146b' },
} as const;

export type MatchColour = keyof typeof PALETTE.match;
export type ConflictColour = keyof typeof PALETTE.conflict;

export interface DisplaySettings {
  kinds: FactKind[];
  /** False: only conflicts are marked. */
  showMatches: boolean;
  matchColour: MatchColour;
  conflictColour: ConflictColour;
  /** 'auto' follows the browser's language. */
  uiLang: Lang | 'auto';
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  kinds: [...FACT_KINDS],
  showMatches: true,
  matchColour: 'teal',
  conflictColour: 'red',
  uiLang: 'auto',
};

/** Keeps only known values (a stored row from an older version, or a hand-edited one). */
export function normalizeDisplay(raw: unknown): DisplaySettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof DisplaySettings, unknown>>;
  const kinds = Array.isArray(r.kinds) ? FACT_KINDS.filter((k) => (r.kinds as unknown[]).includes(k)) : DEFAULT_DISPLAY.kinds;
  return {
    kinds,
    showMatches: typeof r.showMatches === 'boolean' ? r.showMatches : DEFAULT_DISPLAY.showMatches,
    matchColour: typeof r.matchColour === 'string' && Object.hasOwn(PALETTE.match, r.matchColour) ? (r.matchColour as MatchColour) : DEFAULT_DISPLAY.matchColour,
    conflictColour: typeof r.conflictColour === 'string' && Object.hasOwn(PALETTE.conflict, r.conflictColour) ? (r.conflictColour as ConflictColour) : DEFAULT_DISPLAY.conflictColour,
    uiLang: r.uiLang === 'auto' || (LANGS as readonly unknown[]).includes(r.uiLang) ? (r.uiLang as Lang | 'auto') : DEFAULT_DISPLAY.uiLang,
  };
}

export async function readDisplay(db: FactlensDB): Promise<DisplaySettings> {
  return normalizeDisplay((await db.settings.get(DISPLAY_KEY))?.value);
}

export async function writeDisplay(db: FactlensDB, value: unknown): Promise<DisplaySettings> {
  const clean = normalizeDisplay(value);
  await db.settings.put({ key: DISPLAY_KEY, value: clean });
  return clean;
}

/** The findings a page shows under these settings. */
export function visibleFindings<F extends Pick<Finding, 'kind' | 'verdict'>>(findings: readonly F[], s: DisplaySettings): F[] {
  return findings.filter((f) => s.kinds.includes(f.kind) && (s.showMatches || f.verdict === 'conflict'));
}

export function displayColours(s: DisplaySettings): { match: string; conflict: string } {
  return { match: PALETTE.match[s.matchColour], conflict: PALETTE.conflict[s.conflictColour] };
}

/** The interface language: the chosen one, or the browser's when it is one of ours, else English. */
export function resolveUiLang(choice: Lang | 'auto', browserLang: string | undefined): Lang {
  if (choice !== 'auto') return choice;
  const base = (browserLang ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/** The settings as the background applies them to every check: read once, dropped on change. */
export class DisplayCache {
  private value: Promise<DisplaySettings> | null = null;
  constructor(private readonly db: FactlensDB) {}
  get(): Promise<DisplaySettings> {
    this.value ??= readDisplay(this.db).catch(() => DEFAULT_DISPLAY);
    return this.value;
  }
  invalidate(): void {
    this.value = null;
  }
  /** A check's result with only the findings these settings show, and the colours to draw them in. */
  async apply<R extends { findings: Finding[] }>(result: R, browserLang?: string): Promise<R & { colours: { match: string; conflict: string }; uiLang: Lang }> {
    const s = await this.get();
    return { ...result, findings: visibleFindings(result.findings, s), colours: displayColours(s), uiLang: resolveUiLang(s.uiLang, browserLang) };
  }
}
