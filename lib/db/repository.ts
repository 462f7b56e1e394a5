// Reads and writes of the fact base. The background owns the only instance (IndexedDB opened from
// a content script would belong to the page's origin).
import type { Fact, FactBase, Lang } from '../model';
import type { CorpusDocument } from './corpus';
import { planDocumentMerge, planFactMerge } from './merge';
import { factDocIds, type DocumentRecord, type FactRecord } from './records';
import type { FactlensDB } from './schema';

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

export class FactRepository {
  constructor(readonly db: FactlensDB) {}

  /** Loads the corpus documents and the facts built from them, in one transaction. */
  async syncCorpus(
    docs: readonly CorpusDocument[],
    build: (docs: CorpusDocument[]) => FactBase,
    version: string,
    now = Date.now(),
  ): Promise<CorpusSyncReport> {
    const base = build([...docs]);
    if (base?.format !== 'factlens-facts/1' || !Array.isArray(base.facts)) {
      throw new Error('buildFactBase returned something that is not a factlens-facts/1 fact base');
    }
    const { db } = this;
    return db.transaction('rw', db.documents, db.facts, db.settings, async () => {
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
  async saveUserFact(fact: Fact, now = Date.now()): Promise<FactRecord> {
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
