// Import and export of the fact base on the options page.
//
// Import: the file is size-checked before it is read, then checked whole (lib/io/*); on any error
// the report lists exactly what is wrong and where, and nothing is written. A valid file shows what
// it will do (new facts, replaced ids, ClaimReview items that do not map) and waits for the user to
// confirm; onImport is then called once with all the facts, for one transaction.
// Export: all facts or the table's filtered view, as factlens-facts/1 or ClaimReview JSON-LD.
import { useState } from 'preact/hooks';
import type { Fact, Lang } from '../lib/model';
import { exportFacts, importFactsValue, DEFAULT_MAX_ERRORS, type ImportError } from '../lib/io/facts-json';
import { exportClaimReview, importClaimReviewValue, type ClaimReviewItemReport } from '../lib/io/claimreview';
import { DEFAULT_MAX_BYTES, parseJsonText, tooLargeMessage } from '../lib/io/json-text';
import { t } from './strings';

export type ImportMode = 'merge' | 'replace';

export interface ImportExportProps {
  /** Every fact of the base. */
  facts: readonly Fact[];
  /** The table's current (filtered, sorted) view, offered as an export choice. */
  filtered?: readonly Fact[];
  lang?: Lang;
  /** Writes the checked facts in one transaction. A rejection means nothing was changed. */
  onImport: (facts: Fact[], mode: ImportMode) => Promise<void> | void;
  /** Saves an exported file; default: download through a temporary link. */
  download?: (fileName: string, text: string, mime: string) => void;
  /** Asked before the whole base is replaced; default window.confirm. */
  confirm?: (message: string) => boolean | Promise<boolean>;
  maxBytes?: number;
  /** Date used in exported file names (default today). */
  today?: () => string;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'rejected'; name: string; errors: ImportError[]; total: number }
  | { step: 'ready'; name: string; facts: Fact[]; format: 'facts' | 'claimreview'; items?: ClaimReviewItemReport[] }
  | { step: 'importing'; name: string }
  | { step: 'done'; n: number }
  | { step: 'failed'; message: string };

function defaultDownload(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** ClaimReview JSON-LD or a Factlens fact file, from the parsed JSON's shape. */
function looksLikeJsonLd(v: unknown): boolean {
  const isLd = (o: unknown) => typeof o === 'object' && o !== null && ('@context' in o || '@type' in o || '@graph' in o);
  return Array.isArray(v) ? v.some(isLd) : isLd(v) && !(typeof v === 'object' && v !== null && 'format' in v);
}

export function ImportExport({ facts, filtered, lang = 'en', onImport, download = defaultDownload, confirm, maxBytes = DEFAULT_MAX_BYTES, today }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [which, setWhich] = useState<'all' | 'filtered'>('all');
  const [format, setFormat] = useState<'facts' | 'claimreview'>('facts');
  const [exported, setExported] = useState<string | null>(null);

  const readFile = async (file: File) => {
    setExported(null);
    // every file starts with the safe choice: a "replace" chosen for an earlier file is not kept
    setMode('merge');
    if (file.size > maxBytes) {
      setState({ step: 'rejected', name: file.name, errors: [{ path: '(file)', message: tooLargeMessage(file.size, maxBytes) }], total: 1 });
      return;
    }
    setState({ step: 'checking', name: file.name });
    const parsed = parseJsonText(new Uint8Array(await file.arrayBuffer()), maxBytes);
    if (!parsed.ok) {
      setState({ step: 'rejected', name: file.name, errors: [{ path: parsed.path, message: parsed.message }], total: 1 });
      return;
    }
    if (looksLikeJsonLd(parsed.value)) {
      const r = importClaimReviewValue(parsed.value, { maxBytes });
      if (!r.ok) setState({ step: 'rejected', name: file.name, errors: r.errors, total: r.errors.length });
      else setState({ step: 'ready', name: file.name, facts: r.facts, format: 'claimreview', items: r.items });
      return;
    }
    const r = importFactsValue(parsed.value, { maxErrors: DEFAULT_MAX_ERRORS, maxBytes });
    if (!r.ok) setState({ step: 'rejected', name: file.name, errors: r.errors, total: r.total });
    else setState({ step: 'ready', name: file.name, facts: r.facts, format: 'facts' });
  };

  const doImport = async () => {
    if (state.step !== 'ready') return;
    const n = state.facts.length;
    if (mode === 'replace') {
      const msg = t(lang, 'io.confirmReplace', { current: facts.length, n });
      const ok = await (confirm ?? ((m: string) => window.confirm(m)))(msg);
      if (!ok) return;
    }
    const chosen = state.facts;
    setState({ step: 'importing', name: state.name });
    try {
      await onImport(chosen, mode);
      setState({ step: 'done', n });
    } catch (err) {
      setState({ step: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const doExport = () => {
    const list = which === 'filtered' && filtered ? filtered : facts;
    const date = (today ?? (() => new Date().toISOString().slice(0, 10)))();
    const file = format === 'facts' ? `factlens-facts-${date}.json` : `factlens-claimreview-${date}.jsonld`;
    const text = format === 'facts' ? exportFacts(list) : exportClaimReview(list);
    download(file, text, format === 'facts' ? 'application/json' : 'application/ld+json');
    setExported(t(lang, 'io.exported', { n: list.length, file }));
  };

  const existing = new Set(facts.map((f) => f.id));
  return (
    <div class="fl-io">
      <section class="fl-import" aria-labelledby="fl-import-title">
        <h2 id="fl-import-title">{t(lang, 'io.import')}</h2>
        <p class="fl-help">{t(lang, 'io.importHelp')}</p>
        <label>
          {t(lang, 'io.file')}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={state.step === 'checking' || state.step === 'importing'}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void readFile(file);
              input.value = ''; // choosing the same file again re-reads it
            }}
          />
        </label>
        <ImportReport state={state} lang={lang} existing={existing} current={facts.length} mode={mode} setMode={setMode} onImport={doImport} onCancel={() => setState({ step: 'idle' })} />
      </section>

      <section class="fl-export" aria-labelledby="fl-export-title">
        <h2 id="fl-export-title">{t(lang, 'io.export')}</h2>
        <fieldset>
          <legend>{t(lang, 'io.exportWhich')}</legend>
          <label><input type="radio" name="fl-export-which" checked={which === 'all'} onChange={() => setWhich('all')} /> {t(lang, 'io.exportAll', { n: facts.length })}</label>
          {filtered && (
            <label><input type="radio" name="fl-export-which" checked={which === 'filtered'} onChange={() => setWhich('filtered')} /> {t(lang, 'io.exportFiltered', { n: filtered.length })}</label>
          )}
        </fieldset>
        <label>
          {t(lang, 'io.exportFormat')}
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as 'facts' | 'claimreview')}>
            <option value="facts">{t(lang, 'io.formatFacts')}</option>
            <option value="claimreview">{t(lang, 'io.formatClaimReview')}</option>
          </select>
        </label>
        <button type="button" onClick={doExport}>{t(lang, 'io.download')}</button>
        {exported && <p role="status">{exported}</p>}
      </section>
    </div>
  );
}

interface ReportProps {
  state: ImportState;
  lang: Lang;
  existing: Set<string>;
  current: number;
  mode: ImportMode;
  setMode: (m: ImportMode) => void;
  onImport: () => void;
  onCancel: () => void;
}

function ImportReport({ state, lang, existing, current, mode, setMode, onImport, onCancel }: ReportProps) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
    case 'importing':
      return <p role="status">{t(lang, 'io.reading', { name: state.name })}</p>;
    case 'done':
      return <p role="status" class="fl-ok">{t(lang, 'io.done', { n: state.n })}</p>;
    case 'failed':
      return <p role="alert" class="fl-error">{t(lang, 'io.failed', { message: state.message })}</p>;
    case 'rejected':
      return (
        <div role="alert" class="fl-import-report fl-rejected">
          <p>{t(lang, 'io.rejected', { name: state.name, n: state.total })}</p>
          {state.total > state.errors.length && <p>{t(lang, 'io.rejectedMore', { shown: state.errors.length, n: state.total })}</p>}
          <ul class="fl-import-errors">
            {state.errors.map((e, i) => (
              <li key={i}><code>{e.path}</code> {e.message}</li>
            ))}
          </ul>
        </div>
      );
    case 'ready': {
      const replaced = state.facts.filter((f) => existing.has(f.id)).length;
      return (
        <div class="fl-import-report fl-ready">
          <p role="status">
            {state.format === 'facts'
              ? t(lang, 'io.ready', { name: state.name, n: state.facts.length, added: state.facts.length - replaced, replaced })
              : t(lang, 'io.readyClaimReview', { name: state.name, n: state.facts.length, items: state.items?.length ?? 0 })}
          </p>
          {state.items && (
            <ul class="fl-claimreview-items">
              {state.items.map((it) => (
                <li key={it.path} class={`fl-item-${it.status}`}>
                  <code>{it.path}</code> <strong>{t(lang, it.status === 'imported' ? 'io.itemImported' : 'io.itemSkipped')}</strong>
                  {it.claim && <> — <q>{it.claim}</q></>}
                  {it.notes.length > 0 && <ul>{it.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
                </li>
              ))}
            </ul>
          )}
          <fieldset>
            <label><input type="radio" name="fl-import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t(lang, 'io.modeMerge')}</label>
            <label><input type="radio" name="fl-import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t(lang, 'io.modeReplace', { current })}</label>
          </fieldset>
          <button type="button" onClick={onImport} disabled={state.facts.length === 0}>{t(lang, 'io.confirmImport', { n: state.facts.length })}</button>{' '}
          <button type="button" onClick={onCancel}>{t(lang, 'io.cancel')}</button>
        </div>
      );
    }
  }
}

