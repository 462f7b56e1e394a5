// Reads and writes of the fact base. The background owns the only instance (IndexedDB opened from
// a content script would belong to the page's origin). Every write checks what it stores
// (lib/db/checked.ts: the rules of lib/validate.ts), whoever the caller.
import type { Fact, FactBase, Lang, SourceDocument } from '../model';
import { checkedDocument, checkedFact, checkedFacts, checkedRow, FactCheckError } from './checked';
import type { CorpusDocument } from './corpus';
import { planDocumentMerge, planFactMerge } from './merge';
import { applyReview, idsReadBy, type KeptProposal } from '../review-document';
import { validateFact } from '../validate';
import { factDocIds, type DocumentRecord, type FactRecord } from './records';
import type { FactlensDB } from './schema';
import { exportLimitProblem } from '../io/export-size';
import { orderedFact } from '../io/facts-json';
import { DEFAULT_MAX_BYTES } from '../io/json-text';

export interface CorpusSyncReport {
  /** Extension version the corpus was loaded by. */
  version: string;
  syncedAt: number;
  documents: number;
  /** Corpus facts written (new or refreshed). */
  written: number;
  removed: number;
  /** Corpus facts left alone because the user owns or edited them. */
  keptForUser: number;
}

export interface DbStats {
  documents: number;
  facts: number;
  corpusFacts: number;
  userFacts: number;
  corpus: CorpusSyncReport | null;
}

export interface DocumentSummary {
  id: string;
  lang: Lang;
  title: string;
  outlet: string | null;
  published: string | null;
  origin: 'corpus' | 'user';
  factCount: number;
}

const CORPUS_KEY = 'corpus';
/** Ids of corpus facts the user deleted: a corpus reload does not bring them back. */
export const DELETED_CORPUS_KEY = 'deletedCorpusFacts';

export type ImportMode = 'merge' | 'replace';

export interface ImportReport {
  written: number;
  /** Facts removed by a "replace" import. */
  removed: number;
}

/** What "reset to corpus" removes; shown to the user before they confirm. */
export interface ResetPreview {
  userFacts: number;
  editedCorpusFacts: number;
  deletedCorpusFacts: number;
  userDocuments: number;
}

export class FactRepository {
  constructor(readonly db: FactlensDB) {}

  /** Loads the corpus documents and the facts built from them, in one transaction. */
  async syncCorpus(
    docs: readonly CorpusDocument[],
    build: (docs: CorpusDocument[]) => FactBase,
    version: string,
    now = Date.now(),
  ): Promise<CorpusSyncReport> {
    let base = build([...docs]);
    if (base?.format !== 'factlens-facts/1' || !Array.isArray(base.facts)) {
      throw new Error('buildFactBase returned something that is not a factlens-facts/1 fact base');
    }
    base = { ...base, facts: validCorpusFacts(base.facts) };
    const { db } = this;
    return db.transaction('rw', db.documents, db.facts, db.settings, async () => {
      const deleted = new Set(await this.deletedCorpusIds());
      if (deleted.size) base = { ...base, facts: base.facts.filter((f) => !deleted.has(f.id)) };
      const docPlan = planDocumentMerge(await db.documents.toArray(), docs, now);
      const factPlan = planFactMerge(await db.facts.toArray(), base.facts, now);
      await db.documents.bulkDelete(docPlan.remove);
      await db.documents.bulkPut(docPlan.put);
      await db.facts.bulkDelete(factPlan.remove);
      await db.facts.bulkPut(factPlan.put);
      const report: CorpusSyncReport = {
        version,
        syncedAt: now,
        documents: docPlan.put.length,
        written: factPlan.put.length,
        removed: factPlan.remove.length,
        keptForUser: factPlan.keptForUser.length,
      };
      await db.settings.put({ key: CORPUS_KEY, value: report });
      return report;
    });
  }

  async corpusReport(): Promise<CorpusSyncReport | null> {
    const row = await this.db.settings.get(CORPUS_KEY);
    return (row?.value as CorpusSyncReport | undefined) ?? null;
  }

  /**
   * Saves a fact the user wrote or changed. A corpus fact keeps its origin and is flagged as
   * edited, so that reloading the corpus leaves it alone; a new id becomes a user fact.
   */
  async saveUserFact(raw: Fact, now = Date.now()): Promise<FactRecord> {
    const fact = checkedFact(raw);
    const { db } = this;
    return db.transaction('rw', db.facts, async () => {
      const existing = await db.facts.get(fact.id);
      const row: FactRecord = {
        ...fact,
        variants: fact.variants ?? [],
        origin: existing?.origin ?? 'user',
        userEdited: existing ? existing.origin === 'corpus' : false,
        docs: factDocIds(fact),
        updatedAt: now,
      };
      await db.facts.put(row);
      return row;
    });
  }

  async deletedCorpusIds(): Promise<string[]> {
    return ((await this.db.settings.get(DELETED_CORPUS_KEY))?.value as string[] | undefined) ?? [];
  }

  private async setDeletedCorpusIds(ids: Iterable<string>): Promise<void> {
    await this.db.settings.put({ key: DELETED_CORPUS_KEY, value: [...new Set(ids)].sort() });
  }

  /**
   * Deletes a fact and returns its row as it was, so that it can be put back (restoreFact) while
   * the Undo lasts. A deleted corpus fact is remembered, so that a corpus reload does not revive it.
   */
  async deleteFact(id: string): Promise<FactRecord | null> {
    const { db } = this;
    return db.transaction('rw', db.facts, db.settings, async () => {
      const row = await db.facts.get(id);
      if (!row) return null;
      await db.facts.delete(id);
      if (row.origin === 'corpus') await this.setDeletedCorpusIds([...(await this.deletedCorpusIds()), id]);
      return row;
    });
  }

  /**
   * Puts back a row deleteFact returned, exactly as it was. Only a corpus fact that was deleted
   * (or is still there) comes back as a corpus fact: a made-up row cannot pass for the corpus.
   */
  async restoreFact(raw: FactRecord, now = Date.now()): Promise<void> {
    const fact = checkedRow(raw);
    const updatedAt = Number.isFinite(raw.updatedAt) ? raw.updatedAt : now;
    const row: FactRecord = { ...fact, docs: factDocIds(fact), updatedAt };
    const { db } = this;
    await db.transaction('rw', db.facts, db.settings, async () => {
      const deleted = await this.deletedCorpusIds();
      if (row.origin === 'corpus' && !deleted.includes(row.id) && (await db.facts.get(row.id))?.origin !== 'corpus') {
        throw new FactCheckError(`Nothing was written: "${row.id}" is not a deleted corpus fact`);
      }
      await db.facts.put(row);
      if (deleted.includes(row.id)) await this.setDeletedCorpusIds(deleted.filter((d) => d !== row.id));
    });
  }

  /**
   * Writes checked facts in ONE transaction: either every fact is written, or (on any error)
   * nothing is. "merge" adds and replaces by id; "replace" also removes every fact not imported.
   * Importing an export gives back the same base: a fact keeps the origin of the row it replaces
   * (else the file's, else "user"); a corpus fact is edited as the file says (userEdited), or,
   * in a file that does not say, when its content differs from the row it replaces. The base it
   * leaves must export to a file an import reads back (export-size.ts).
   */
  async importFacts(raw: readonly Fact[], mode: ImportMode, now = Date.now(), maxBytes = DEFAULT_MAX_BYTES): Promise<ImportReport> {
    if (mode !== 'merge' && mode !== 'replace') throw new FactCheckError('mode must be "merge" or "replace"');
    const facts = checkedFacts(raw);
    const ids = new Set(facts.map((f) => f.id));
    const { db } = this;
    return db.transaction('rw', db.facts, db.settings, async () => {
      const existing = new Map((await db.facts.toArray()).map((r) => [r.id, r]));
      const rows = facts.map((fact): FactRecord => {
        const old = existing.get(fact.id);
        const origin = old?.origin ?? fact.origin ?? 'user';
        const { userEdited: said, ...plain } = fact;
        const userEdited = origin === 'corpus' && (said ?? (old ? old.userEdited || !sameFact(old, plain) : false));
        return { ...plain, variants: fact.variants ?? [], origin, userEdited, docs: factDocIds(fact), updatedAt: now };
      });
      const kept = mode === 'replace' ? [] : [...existing.values()].filter((r) => !ids.has(r.id));
      const tooBig = exportLimitProblem([...kept, ...rows].map(asPlainFact), maxBytes, 'The fact base with these facts');
      if (tooBig) throw new FactCheckError(tooBig);
      let removed = 0;
      if (mode === 'replace') {
        const gone = [...existing.values()].filter((r) => !ids.has(r.id));
        await db.facts.bulkDelete(gone.map((r) => r.id));
        removed = gone.length;
        const corpusGone = gone.filter((r) => r.origin === 'corpus').map((r) => r.id);
        if (corpusGone.length) await this.setDeletedCorpusIds([...(await this.deletedCorpusIds()), ...corpusGone]);
      }
      await db.facts.bulkPut(rows);
      const deleted = await this.deletedCorpusIds();
      if (deleted.some((d) => ids.has(d))) await this.setDeletedCorpusIds(deleted.filter((d) => !ids.has(d)));
      return { written: rows.length, removed };
    });
  }

  async resetPreview(): Promise<ResetPreview> {
    const { db } = this;
    return db.transaction('r', db.documents, db.facts, db.settings, async () => {
      const rows = await db.facts.toArray();
      return {
        userFacts: rows.filter((r) => r.origin === 'user').length,
        editedCorpusFacts: rows.filter((r) => r.origin === 'corpus' && r.userEdited).length,
        deletedCorpusFacts: (await this.deletedCorpusIds()).length,
        userDocuments: await db.documents.where('origin').equals('user').count(),
      };
    });
  }

  /**
   * Removes everything the user did (their facts and documents, edits of corpus facts, deletions
   * of corpus facts); the caller then reloads the corpus, which brings the corpus facts back.
   */
  async clearUserData(): Promise<ResetPreview> {
    const { db } = this;
    return db.transaction('rw', db.documents, db.facts, db.settings, async () => {
      const preview = await this.resetPreview();
      const rows = await db.facts.toArray();
      await db.facts.bulkDelete(rows.filter((r) => r.origin === 'user' || r.userEdited).map((r) => r.id));
      await db.documents.where('origin').equals('user').delete();
      await db.settings.delete(DELETED_CORPUS_KEY);
      await db.settings.delete(CORPUS_KEY); // the next ensure() reloads the corpus
      return preview;
    });
  }

  /** Saves a document the user added and the facts they accepted from it, in one transaction. */
  async addUserDocument(rawDoc: SourceDocument, rawFacts: readonly Fact[], now = Date.now()): Promise<FactRecord[]> {
    const doc = checkedDocument(rawDoc);
    const facts = checkedFacts(rawFacts);
    const { db } = this;
    return db.transaction('rw', db.documents, db.facts, async () => {
      const clash = await db.documents.get(doc.id);
      if (clash) throw new Error(`A document with the id "${doc.id}" already exists`);
      await db.documents.put({ ...doc, origin: 'user', updatedAt: now });
      const rows = facts.map((fact): FactRecord => ({
        ...fact, variants: fact.variants ?? [], origin: 'user', userEdited: false, docs: factDocIds(fact), updatedAt: now,
      }));
      await db.facts.bulkPut(rows);
      return rows;
    });
  }

  /** Texts of the given documents by id (cards mark the value exactly in its quote). */
  async documentTexts(ids: readonly string[]): Promise<Record<string, string>> {
    const rows = await this.db.documents.bulkGet([...ids]);
    return Object.fromEntries(rows.filter((r): r is DocumentRecord => !!r).map((r) => [r.id, r.text]));
  }

  /**
   * Saves a document the user added and the proposals they kept from its review, in one
   * transaction: new facts are the user's; a base fact gains the document's sources or variants
   * (lib/review-document.ts applyReview, against the facts as stored now). A corpus fact so
   * extended is flagged as edited, so a corpus reload does not drop what the document added.
   */
  async addReviewedDocument(doc: SourceDocument, kept: readonly KeptProposal[], now = Date.now()): Promise<FactRecord[]> {
    const { db } = this;
    return db.transaction('rw', db.documents, db.facts, async () => {
      const clash = await db.documents.get(doc.id);
      if (clash) throw new Error(`A document with the id "${doc.id}" already exists`);
      await db.documents.put({ ...doc, origin: 'user', updatedAt: now });
      const stored = new Map((await db.facts.bulkGet(idsReadBy(kept))).filter((r): r is FactRecord => !!r).map((r) => [r.id, r]));
      const base = [...stored.values()].map(({ userEdited: _e, docs: _d, updatedAt: _u, ...fact }): Fact => fact);
      const rows = applyReview(base, kept).map((fact): FactRecord => {
        // What is stored is checked as an import is, whoever the caller.
        const r = validateFact(fact);
        if (!r.ok) throw new Error(`Nothing was written: fact "${fact.id}": ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
        const old = stored.get(fact.id);
        const origin = old?.origin ?? 'user';
        return { ...r.fact, origin, userEdited: origin === 'corpus' || (old?.userEdited ?? false), docs: factDocIds(r.fact), updatedAt: now };
      });
      await db.facts.bulkPut(rows);
      return rows;
    });
  }

  /** Every stored document (the corpus's and the user's), as the engine reads them. */
  async storedDocuments(): Promise<SourceDocument[]> {
    const rows = await this.db.documents.toArray();
    return rows.map(({ updatedAt: _u, file: _f, ...doc }) => doc);
  }

  async stats(): Promise<DbStats> {
    const { db } = this;
    return db.transaction('r', db.documents, db.facts, db.settings, async () => {
      const [documents, facts, userFacts] = await Promise.all([
        db.documents.count(),
        db.facts.count(),
        db.facts.where('origin').equals('user').count(),
      ]);
      return { documents, facts, corpusFacts: facts - userFacts, userFacts, corpus: await this.corpusReport() };
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const { db } = this;
    return db.transaction('r', db.documents, db.facts, async () => {
      const docs = await db.documents.orderBy('id').toArray();
      return Promise.all(
        docs.map(
          async (d: DocumentRecord): Promise<DocumentSummary> => ({
            id: d.id,
            lang: d.lang,
            title: d.title,
            outlet: d.outlet ?? null,
            published: d.published ?? null,
            origin: d.origin,
            factCount: await db.facts.where('docs').equals(d.id).count(),
          }),
        ),
      );
    });
  }

  async listFacts(): Promise<FactRecord[]> {
    return this.db.facts.orderBy('id').toArray();
  }

  /** The facts as the engine takes them (bookkeeping fields stripped). */
  async engineFacts(): Promise<Fact[]> {
    const rows = await this.db.facts.toArray();
    return rows.map(({ userEdited: _e, docs: _d, updatedAt: _u, ...fact }) => fact);
  }
}

/**
 * The corpus facts the rules accept, as the engine built them; one the engine got wrong is left
 * out (and logged), not stored.
 */
function validCorpusFacts(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    try {
      checkedFact(f);
      out.push(f);
    } catch (e) {
      console.warn(`[factlens] corpus fact "${(f as Partial<Fact>)?.id}" left out:`, (e as Error).message);
    }
  }
  return out;
}

/** A row as export writes it (bookkeeping dropped, userEdited only when set). */
function asPlainFact({ userEdited, docs: _d, updatedAt: _u, ...fact }: FactRecord): Fact {
  return userEdited ? { ...fact, userEdited } : fact;
}

/** Same content as export writes it (key order and absent optional fields do not count). */
function sameFact(row: FactRecord, fact: Fact): boolean {
  const { userEdited: _e, docs: _d, updatedAt: _u, ...old } = row;
  return JSON.stringify(orderedFact({ ...old, origin: undefined })) === JSON.stringify(orderedFact({ ...fact, origin: undefined }));
}
