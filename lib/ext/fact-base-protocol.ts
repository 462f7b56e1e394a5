// The messages of the options page and the popup that read and change the fact base (issue 6).
// The background handles them (lib/ext/fact-base-handlers.ts); BackgroundProtocol includes them.
import type { FactRecord } from '../db/records';
import type { ImportMode, ImportReport, ResetPreview } from '../db/repository';
import type { Fact, Lang, SourceDocument } from '../model';
import type { KeptProposal, Proposal } from '../review-document';
import type { DisplaySettings } from './display-settings';

export interface FactBaseProtocol {
  /** Adds or replaces a fact the user wrote; a corpus fact is flagged as edited. */
  saveFact(fact: Fact): FactRecord;
  /** Deletes a fact; the row is returned so that Undo can put it back. */
  deleteFact(id: string): FactRecord | null;
  restoreFact(row: FactRecord): void;
  /** Checks every fact, then writes all of them in one transaction, or nothing. */
  importFacts(req: { facts: Fact[]; mode: ImportMode }): ImportReport;
  resetPreview(): ResetPreview;
  /** Removes the user's facts, documents, edits and deletions, then reloads the corpus. */
  resetToCorpus(): ResetPreview;
  /** What the engine reads in a document, each value new, agreeing or conflicting with the base (nothing is saved). */
  proposeFacts(doc: Omit<SourceDocument, 'lang'> & { lang: Lang | 'auto' }): { lang: Lang; proposals: Proposal[] };
  /** Saves a user document and the facts accepted from it, as given. */
  addDocument(req: { doc: SourceDocument; facts: Fact[] }): FactRecord[];
  /** Saves a user document and the proposals kept from its review; returns the facts written. */
  addReviewedDocument(req: { doc: SourceDocument; proposals: KeptProposal[] }): FactRecord[];
  documentTexts(ids: string[]): Record<string, string>;
  getDisplaySettings(): DisplaySettings;
  setDisplaySettings(s: DisplaySettings): DisplaySettings;
}
