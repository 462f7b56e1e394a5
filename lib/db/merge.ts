// Pure planning of a corpus (re)load: which rows to write and which to remove, so that a user's
// own facts and the corpus facts the user edited are never overwritten. No browser API here.
import type { Fact, SourceDocument } from '../model';
import { factDocIds, type DocumentRecord, type FactRecord } from './records';

export interface FactMergePlan {
  /** Rows to write (new corpus facts, and corpus facts the user never touched, refreshed). */
  put: FactRecord[];
  /** Ids of untouched corpus facts the new corpus no longer states. */
  remove: string[];
  /** Ids the corpus states but left as they are because the user owns or edited them. */
  keptForUser: string[];
}

export function corpusFactRecord(fact: Fact, now: number): FactRecord {
  return {
    ...fact,
    variants: fact.variants ?? [],
    origin: 'corpus',
    userEdited: false,
    docs: factDocIds(fact),
    updatedAt: now,
  };
}

/** True when the row belongs to the user: added by them, or a corpus fact they edited. */
export function isUserOwned(row: Pick<FactRecord, 'origin' | 'userEdited'>): boolean {
  return row.origin === 'user' || row.userEdited;
}

export function planFactMerge(existing: readonly FactRecord[], corpus: readonly Fact[], now: number): FactMergePlan {
  const byId = new Map(existing.map((row) => [row.id, row]));
  const corpusIds = new Set<string>();
  const plan: FactMergePlan = { put: [], remove: [], keptForUser: [] };

  for (const fact of corpus) {
    if (!fact.id) throw new Error(`Corpus fact without an id (subject "${fact.subject}")`);
    if (corpusIds.has(fact.id)) throw new Error(`The engine built two corpus facts with the same id "${fact.id}"`);
    corpusIds.add(fact.id);
    const row = byId.get(fact.id);
    if (row && isUserOwned(row)) plan.keptForUser.push(fact.id);
    else plan.put.push(corpusFactRecord(fact, now));
  }
  for (const row of existing) {
    if (!isUserOwned(row) && !corpusIds.has(row.id)) plan.remove.push(row.id);
  }
  return plan;
}

export interface DocumentMergePlan {
  put: DocumentRecord[];
  remove: string[];
}

/** Corpus documents replace the previous corpus documents; the user's documents stay. */
export function planDocumentMerge(
  existing: readonly DocumentRecord[],
  corpus: readonly (SourceDocument & { file?: string })[],
  now: number,
): DocumentMergePlan {
  const ids = new Set<string>();
  const put: DocumentRecord[] = [];
  for (const doc of corpus) {
    if (ids.has(doc.id)) throw new Error(`Two corpus documents share the id "${doc.id}"`);
    ids.add(doc.id);
    put.push({ ...doc, origin: 'corpus', updatedAt: now });
  }
  const userIds = new Set(existing.filter((d) => d.origin === 'user').map((d) => d.id));
  const clash = put.find((d) => userIds.has(d.id));
  if (clash) throw new Error(`Corpus document "${clash.id}" has the id of a document the user added`);
  const remove = existing.filter((d) => d.origin === 'corpus' && !ids.has(d.id)).map((d) => d.id);
  return { put, remove };
}
