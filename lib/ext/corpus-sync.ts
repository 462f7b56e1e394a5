// Loads the packaged corpus into the database: on install and update, and on any start that
// finds the database without the current version's corpus (a cleared profile, say).
import { loadCorpus, type CorpusDocument } from '../db/corpus';
import type { CorpusSyncReport, FactRepository } from '../db/repository';
import type { FactBase } from '../model';

export interface CorpusSyncDeps {
  repo: FactRepository;
  /** Reads a file of the packaged corpus folder (manifest.json or an article). */
  readCorpusFile: (file: string) => Promise<string>;
  buildFactBase: (docs: CorpusDocument[]) => FactBase;
  version: string;
  /** Called after the facts changed, so compiled matchers are dropped. */
  onFactsChanged: () => void;
}

export class CorpusSync {
  private running: Promise<CorpusSyncReport> | null = null;

  constructor(private readonly deps: CorpusSyncDeps) {}

  /** Loads the corpus now; concurrent calls share the run in progress. */
  sync(): Promise<CorpusSyncReport> {
    this.running ??= (async () => {
      try {
        const docs = await loadCorpus(this.deps.readCorpusFile);
        const report = await this.deps.repo.syncCorpus(docs, this.deps.buildFactBase, this.deps.version);
        this.deps.onFactsChanged();
        return report;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Loads the corpus unless this version already did; resolves once the database is ready. */
  async ensure(): Promise<CorpusSyncReport> {
    if (this.running) return this.running;
    const report = await this.deps.repo.corpusReport();
    if (report && report.version === this.deps.version) return report;
    return this.sync();
  }
}

/** Reads a packaged corpus file with fetch (extension pages and the service worker). */
export function packagedCorpusReader(getURL: (path: string) => string) {
  return async (file: string): Promise<string> => {
    const url = getURL(`/corpus/${file}`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not read the packaged corpus file ${file} (${res.status} ${res.statusText})`);
    return res.text();
  };
}
