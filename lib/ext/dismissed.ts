// "This mark is wrong": findings the reader hid from a card. A hidden finding is a fact and the
// words that were marked (case and spacing aside): it stays hidden on every page until the
// reader restores it from the options page. Kept as one row of the settings table.
import type { FactlensDB } from '../db/schema';
import type { Finding } from '../model';
import type { DismissedFinding, DismissRequest } from './messaging';

export const DISMISSED_KEY = 'dismissedFindings';
/** At most this many are kept (the oldest go first); a field longer than this is cut. */
export const MAX_DISMISSED = 2000;
const MAX_FIELD = 300;

/** What is hidden: the fact and the marked words, folded so that case and spacing do not matter. */
export function dismissKey(factId: string, text: string): string {
  return `${factId}\u0000${text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

const field = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new TypeError(`dismissFinding: ${what} must be a non-empty string`);
  return v.slice(0, MAX_FIELD);
};

/** A request checked field by field (it comes from a page's content script). */
export function checkedDismissal(raw: unknown, now = Date.now()): DismissedFinding {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof DismissRequest, unknown>>;
  const verdict = r.verdict === 'match' || r.verdict === 'conflict' ? r.verdict : null;
  const kind = r.kind === 'date' || r.kind === 'name' || r.kind === 'figure' ? r.kind : null;
  if (!verdict) throw new TypeError('dismissFinding: verdict must be "match" or "conflict"');
  if (!kind) throw new TypeError('dismissFinding: kind must be date, name or figure');
  const factId = field(r.factId, 'factId');
  const text = field(r.text, 'text');
  const url = typeof r.url === 'string' && /^https?:\/\//i.test(r.url) ? r.url.slice(0, 2000) : '';
  return { key: dismissKey(factId, text), factId, text, verdict, kind, subject: field(r.subject ?? factId, 'subject'), url, at: now };
}

export class DismissedStore {
  private keys: Promise<Map<string, DismissedFinding>> | null = null;

  constructor(private readonly db: FactlensDB) {}

  private load(): Promise<Map<string, DismissedFinding>> {
    this.keys ??= this.db.settings.get(DISMISSED_KEY).then((row) => {
      const list = Array.isArray(row?.value) ? (row.value as DismissedFinding[]) : [];
      return new Map(list.filter((d) => d && typeof d.key === 'string').map((d) => [d.key, d]));
    });
    this.keys.catch(() => (this.keys = null));
    return this.keys;
  }

  private async save(map: Map<string, DismissedFinding>): Promise<void> {
    await this.db.settings.put({ key: DISMISSED_KEY, value: [...map.values()] });
    this.keys = Promise.resolve(map);
  }

  async add(raw: unknown): Promise<DismissedFinding> {
    const d = checkedDismissal(raw);
    const map = new Map(await this.load());
    map.delete(d.key);
    map.set(d.key, d);
    while (map.size > MAX_DISMISSED) map.delete(map.keys().next().value!);
    await this.save(map);
    return d;
  }

  async remove(key: unknown): Promise<void> {
    if (typeof key !== 'string') throw new TypeError('restoreDismissed: key must be a string');
    const map = new Map(await this.load());
    if (map.delete(key)) await this.save(map);
  }

  /** Newest first. */
  async list(): Promise<DismissedFinding[]> {
    return [...(await this.load()).values()].sort((a, b) => b.at - a.at);
  }

  /** The findings without the hidden ones. */
  async filter<F extends Pick<Finding, 'factId' | 'text'>>(findings: F[]): Promise<F[]> {
    const map = await this.load();
    if (map.size === 0) return findings;
    return findings.filter((f) => !map.has(dismissKey(f.factId, f.text)));
  }
}
