// The options page's fact base (issue 6): the table of all facts with add, edit and delete (with
// Undo), import and export, reset to corpus, adding a source document, and the display settings.
// Every write goes through the background (one Dexie transaction per action); the page reloads
// the facts after each write, so what it shows is what the database holds.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentSummary, ImportReport, ResetPreview } from '../lib/db/repository';
import type { FactRecord } from '../lib/db/records';
import type { DisplaySettings } from '../lib/ext/display-settings';
import { PALETTE } from '../lib/ext/display-settings';
import type { Fact, Lang, SourceDocument } from '../lib/model';
import { FACT_KINDS, LANGS } from '../lib/model';
import { keptByDefault, type Proposal } from '../lib/review-document';
import { FactCard } from './FactCard';
import { FactForm } from './FactForm';
import { FactTable } from './FactTable';
import { ImportExport, type ImportMode } from './ImportExport';
import { ta, type AppStringKey } from './app-strings';
import { t } from './strings';

export interface OptionsFactClient {
  listFacts(): Promise<Fact[]>;
  listDocuments(): Promise<DocumentSummary[]>;
  saveFact(fact: Fact): Promise<Fact>;
  deleteFact(id: string): Promise<FactRecord | null>;
  restoreFact(row: FactRecord): Promise<void>;
  importFacts(facts: Fact[], mode: ImportMode): Promise<ImportReport>;
  resetPreview(): Promise<ResetPreview>;
  resetToCorpus(): Promise<ResetPreview>;
  /** What the document states, each value new, agreeing or conflicting with the base. */
  proposeFacts(doc: Omit<SourceDocument, 'lang'> & { lang: Lang | 'auto' }): Promise<{ lang: Lang; proposals: Proposal[] }>;
  /** Saves the document and the proposals kept; resolves to the facts written. */
  addDocument(doc: SourceDocument, kept: Proposal[]): Promise<Fact[]>;
  getDisplaySettings(): Promise<DisplaySettings>;
  setDisplaySettings(s: DisplaySettings): Promise<DisplaySettings>;
  uiLang(): Promise<Lang>;
}

export interface OptionsFactsProps {
  client: OptionsFactClient;
  /** How long a deleted fact can be restored (ms). */
  undoMs?: number;
  confirm?: (message: string) => boolean | Promise<boolean>;
  /** Called after any change of the base (the page's counts reload). */
  onChanged?: () => void;
  /** Height of the table's scrolling area. */
  tableHeight?: number;
  /** Opens the form on this fact once the facts are loaded ("Edit this fact" on a mark's card). */
  editFactId?: string;
}

type Editing = { fact?: Fact } | null;
interface Undo { row: FactRecord; subject: string; expires: number }

export function OptionsFacts({ client, undoMs = 10_000, confirm = (m) => window.confirm(m), onChanged, tableHeight = 420, editFactId }: OptionsFactsProps) {
  const [facts, setFacts] = useState<Fact[] | null>(null);
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>('en');
  const [editing, setEditing] = useState<Editing>(null);
  const [selected, setSelected] = useState<Fact | null>(null);
  const [filtered, setFiltered] = useState<Fact[]>([]);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();

  const reload = async () => {
    try {
      const [f, d] = await Promise.all([client.listFacts(), client.listDocuments()]);
      setFacts(f);
      setDocs(d);
      setError(null);
    } catch (e) {
      setError((e as Error)?.message ?? String(e));
    }
  };
  useEffect(() => {
    void reload();
    client.uiLang().then(setLang, () => {});
    return () => clearTimeout(undoTimer.current);
  }, []);

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !facts || !editFactId) return;
    opened.current = true;
    const fact = facts.find((f) => f.id === editFactId);
    if (fact) {
      setEditing({ fact });
      requestAnimationFrame(() => document.querySelector('.fl-editor')?.scrollIntoView({ block: 'start' }));
    } else setNotice(ta(lang, 'options.factMissing', { id: editFactId }));
  }, [facts, editFactId]);

  const docTitles = useMemo(() => Object.fromEntries(docs.map((d) => [d.id, d.title])), [docs]);
  const changed = async () => {
    await reload();
    onChanged?.();
  };

  const save = async (fact: Fact) => {
    await client.saveFact(fact);
    setEditing(null);
    setNotice(ta(lang, 'options.saved', { subject: fact.subjectLabel ?? fact.subject }));
    await changed();
  };

  const remove = async (fact: Fact) => {
    const row = await client.deleteFact(fact.id);
    if (!row) return changed();
    clearTimeout(undoTimer.current);
    // The deleted row is kept here until the Undo expires.
    setUndo({ row, subject: fact.subjectLabel ?? fact.subject, expires: Date.now() + undoMs });
    undoTimer.current = setTimeout(() => setUndo(null), undoMs);
    if (selected?.id === fact.id) setSelected(null);
    setNotice(null);
    await changed();
  };

  const undoDelete = async () => {
    if (!undo) return;
    clearTimeout(undoTimer.current);
    await client.restoreFact(undo.row);
    setUndo(null);
    await changed();
  };

  const reset = async () => {
    const p = await client.resetPreview();
    const message = ta(lang, 'options.resetConfirm', { userFacts: p.userFacts, edited: p.editedCorpusFacts, deleted: p.deletedCorpusFacts, docs: p.userDocuments });
    if (!(await confirm(message))) return;
    await client.resetToCorpus();
    setUndo(null);
    setNotice(ta(lang, 'options.resetDone'));
    await changed();
  };

  if (error) return <p role="alert">{ta(lang, 'options.loadFailed', { message: error })}</p>;
  if (!facts) return <p class="muted">…</p>;

  return (
    <div class="fl-options" lang={lang}>
      <section aria-labelledby="fl-facts-title">
        <h2 id="fl-facts-title">{ta(lang, 'options.facts')}</h2>
        <div class="fl-toolbar">
          <button type="button" class="fl-primary" onClick={() => { setEditing({}); setSelected(null); }} disabled={!!editing && !editing.fact}>
            {ta(lang, 'options.addFact')}
          </button>
          <button type="button" onClick={reset} title={ta(lang, 'options.resetHelp')}>{ta(lang, 'options.reset')}</button>
        </div>
        <div class="fl-live" role="status" aria-live="polite">
          {undo && (
            <p class="fl-undo">
              {ta(lang, 'options.deleted', { subject: undo.subject })}{' '}
              <button type="button" onClick={undoDelete}>{ta(lang, 'options.undo')}</button>
            </p>
          )}
          {notice && !undo && <p>{notice}</p>}
        </div>
        {editing && (
          <div class="fl-editor">
            <FactForm
              key={editing.fact?.id ?? 'new'}
              fact={editing.fact}
              lang={lang}
              docTitles={docTitles}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
          </div>
        )}
        <FactTable
          facts={facts}
          lang={lang}
          docTitles={docTitles}
          height={tableHeight}
          selectedId={selected?.id}
          onSelect={(f) => setSelected((s) => (s?.id === f.id ? null : f))}
          onEdit={(f) => { setEditing({ fact: f }); setSelected(null); }}
          onDelete={remove}
          onViewChange={setFiltered}
        />
        {selected && (
          <div class="fl-selected-card">
            <FactCard fact={selected} lang={lang} docTitles={docTitles} headingLevel={3} />
          </div>
        )}
      </section>

      <section class="fl-io-section" aria-label={ta(lang, 'options.importExport')}>
        <ImportExport
          facts={facts}
          filtered={filtered}
          lang={lang}
          confirm={confirm}
          onImport={async (imported, mode) => {
            await client.importFacts(imported, mode);
            await changed();
          }}
        />
      </section>

      <section aria-labelledby="fl-adddoc-title">
        <h2 id="fl-adddoc-title">{ta(lang, 'options.addDoc')}</h2>
        <AddDocument client={client} lang={lang} docTitles={docTitles} onSaved={changed} />
      </section>

      <section aria-labelledby="fl-settings-title">
        <h2 id="fl-settings-title">{ta(lang, 'options.settings')}</h2>
        <SettingsForm client={client} lang={lang} onLang={setLang} />
      </section>
    </div>
  );
}

/** Text of an .html file: what a reader sees (no scripts, styles or markup). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template').forEach((n) => n.remove());
  const blocks = doc.body?.querySelectorAll('p, h1, h2, h3, h4, li, td, th, blockquote, pre, div') ?? [];
  blocks.forEach((b) => b.append('\n'));
  return (doc.body?.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

let docSeq = 0;
const newDocId = () => `user-doc:${Date.now().toString(36)}-${++docSeq}`;

export function AddDocument({ client, lang, docTitles, onSaved }: { client: OptionsFactClient; lang: Lang; docTitles?: Readonly<Record<string, string>>; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [docLang, setDocLang] = useState<Lang | 'auto'>('auto');
  const [proposal, setProposal] = useState<{ id: string; lang: Lang; proposals: Proposal[]; keep: Set<string> } | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const raw = await file.text();
    setText(/\.html?$/i.test(file.name) || /^\s*</.test(raw) ? htmlToText(raw) : raw);
    if (!title) setTitle(file.name.replace(/\.(txt|html?)$/i, ''));
    setProposal(null);
  };

  const propose = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    setBusy(true);
    try {
      const id = newDocId();
      const r = await client.proposeFacts({ id, title: title.trim() || id, text, lang: docLang });
      // Conflicts wait for the user's tick: keeping one by mistake would dispute a fact.
      setProposal({ id, lang: r.lang, proposals: r.proposals, keep: new Set(r.proposals.filter(keptByDefault).map((p) => p.key)) });
      setDocLang(r.lang);
    } catch (err) {
      setMessage({ text: ta(lang, 'options.docFailed', { message: (err as Error).message }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!proposal) return;
    setBusy(true);
    try {
      const kept = proposal.proposals.filter((p) => proposal.keep.has(p.key));
      await client.addDocument({ id: proposal.id, title: title.trim() || proposal.id, text, lang: proposal.lang, origin: 'user' }, kept);
      setMessage({ text: ta(lang, 'options.docSaved', { n: kept.length }) });
      setProposal(null);
      setText('');
      setTitle('');
      setDocLang('auto');
      onSaved();
    } catch (err) {
      setMessage({ text: ta(lang, 'options.docFailed', { message: (err as Error).message }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (key: string, on: boolean) => setProposal((p) => {
    if (!p) return p;
    const keep = new Set(p.keep);
    if (on) keep.add(key);
    else keep.delete(key);
    return { ...p, keep };
  });

  const counts = proposal && {
    new: proposal.proposals.filter((p) => p.status === 'new').length,
    agrees: proposal.proposals.filter((p) => p.status === 'agrees').length,
    conflicts: proposal.proposals.filter((p) => p.status === 'conflicts').length,
  };

  return (
    <form class="fl-adddoc" onSubmit={propose}>
      <label>
        {ta(lang, 'options.docTitle')}
        <input type="text" value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        {ta(lang, 'options.docText')}
        <textarea rows={6} value={text} required onInput={(e) => { setText((e.currentTarget as HTMLTextAreaElement).value); setProposal(null); }} />
      </label>
      <div class="fl-row-fields">
        <label>
          {ta(lang, 'options.docFile')}
          <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
        <label>
          {ta(lang, 'options.docLang')}
          <select value={docLang} onChange={(e) => { setDocLang((e.currentTarget as HTMLSelectElement).value as Lang | 'auto'); setProposal(null); }}>
            <option value="auto">{ta(lang, 'options.docLangAuto')}</option>
            {LANGS.map((l) => <option key={l} value={l}>{t(lang, `lang.${l}`)}</option>)}
          </select>
        </label>
        <button type="submit" disabled={busy || !text.trim()}>{ta(lang, 'options.docPropose')}</button>
      </div>
      {proposal && counts && (
        <div class="fl-proposal">
          <p role="status">
            {proposal.proposals.length
              ? ta(lang, 'options.docProposed', { n: proposal.proposals.length, lang: t(lang, `lang.${proposal.lang}`) })
              : ta(lang, 'options.docNone')}
          </p>
          {proposal.proposals.length > 0 && <p class="fl-review-summary">{ta(lang, 'options.reviewSummary', counts)}</p>}
          <ul class="fl-proposed">
            {proposal.proposals.map((p) => (
              <li key={p.key} class={`fl-review-${p.status}`} data-status={p.status}>
                <label class="fl-check">
                  <input type="checkbox" checked={proposal.keep.has(p.key)} onChange={(e) => toggle(p.key, (e.currentTarget as HTMLInputElement).checked)} />
                  {ta(lang, 'options.docAccept')}
                </label>
                <div class="fl-review-item">
                  <p class="fl-review-head">
                    <span class={`fl-review-status fl-review-status-${p.status}`}>{ta(lang, `options.review.${p.status}` as AppStringKey)}</span>{' '}
                    <span class="muted small">{ta(lang, `options.review.${p.status}Help` as AppStringKey)}</span>
                  </p>
                  <FactCard fact={p.fact} lang={lang} docTexts={{ [proposal.id]: text }} excerpt={200} headingLevel={4} class="fl-compact" />
                  {p.status === 'conflicts' && p.base && (
                    <div class="fl-review-base">
                      <p class="fl-review-base-head">{ta(lang, 'options.review.baseSays')}</p>
                      <FactCard fact={p.base} lang={lang} docTitles={docTitles} maxSources={3} excerpt={160} headingLevel={4} class="fl-compact" />
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <button type="button" class="fl-primary" disabled={busy} onClick={save}>{ta(lang, 'options.docSave', { n: proposal.keep.size })}</button>
        </div>
      )}
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

/** One colour setting: a radio button per palette colour, each a swatch drawn as the mark will be (underline style, tint). */
function ColourChoice<C extends string>({ lang, legend, name, palette, chosen, line, tint, onChoose }: {
  lang: Lang;
  legend: string;
  name: string;
  palette: Record<C, string>;
  chosen: C;
  line: 'fl-solid' | 'fl-wavy';
  /** Hex alpha of the swatch's tint. */
  tint: string;
  onChoose: (c: C) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(Object.keys(palette) as C[]).map((c) => (
        <label key={c} class="fl-swatch">
          <input type="radio" name={name} checked={chosen === c} onChange={() => onChoose(c)} />
          <span class={`fl-swatch-chip ${line}`} style={{ textDecorationColor: palette[c], background: `${palette[c]}${tint}` }}>{ta(lang, `colour.${c}` as AppStringKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsForm({ client, lang, onLang }: { client: OptionsFactClient; lang: Lang; onLang: (l: Lang) => void }) {
  const [s, setS] = useState<DisplaySettings | null>(null);
  const [saved, setSaved] = useState(false);
  // Each change applies to the latest settings (not to those of the last render) and saves go one
  // after another, so two quick clicks cannot save over each other.
  const latest = useRef<DisplaySettings | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => { client.getDisplaySettings().then((v) => { latest.current = v; setS(v); }, () => {}); }, []);
  if (!s) return null;
  const update = (patch: Partial<DisplaySettings> | ((cur: DisplaySettings) => Partial<DisplaySettings>)) => {
    const cur = latest.current ?? s;
    const next = { ...cur, ...(typeof patch === 'function' ? patch(cur) : patch) };
    latest.current = next;
    setS(next);
    saving.current = saving.current.then(async () => {
      try {
        const stored = await client.setDisplaySettings(next);
        if (latest.current === next) {
          latest.current = stored;
          setS(stored);
        }
        setSaved(true);
        if (next.uiLang !== cur.uiLang) client.uiLang().then(onLang, () => {});
      } catch {
        // not saved: show what is stored
        const stored = await client.getDisplaySettings().catch(() => cur);
        latest.current = stored;
        setS(stored);
        setSaved(false);
      }
    });
  };
  return (
    <form class="fl-settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{ta(lang, 'options.kinds')}</legend>
        {FACT_KINDS.map((k) => (
          <label key={k} class="fl-check">
            <input type="checkbox" checked={s.kinds.includes(k)} onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              update((cur) => ({ kinds: on ? [...cur.kinds.filter((x) => x !== k), k] : cur.kinds.filter((x) => x !== k) }));
            }} />
            {t(lang, `kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label class="fl-check">
        <input type="checkbox" checked={s.showMatches} onChange={(e) => update({ showMatches: (e.currentTarget as HTMLInputElement).checked })} />
        {ta(lang, 'options.showMatches')}
      </label>
      <ColourChoice lang={lang} legend={ta(lang, 'options.matchColour')} name="fl-match-colour" palette={PALETTE.match} chosen={s.matchColour}
        line="fl-solid" tint="1f" onChoose={(c) => update({ matchColour: c })} />
      <ColourChoice lang={lang} legend={ta(lang, 'options.conflictColour')} name="fl-conflict-colour" palette={PALETTE.conflict} chosen={s.conflictColour}
        line="fl-wavy" tint="26" onChoose={(c) => update({ conflictColour: c })} />
      <label>
        {ta(lang, 'options.uiLang')}{' '}
        <select value={s.uiLang} onChange={(e) => update({ uiLang: (e.currentTarget as HTMLSelectElement).value as Lang | 'auto' })}>
          <option value="auto">{ta(lang, 'options.uiLangAuto')}</option>
          {LANGS.map((l) => <option key={l} value={l}>{t(l, `lang.${l}`)}</option>)}
        </select>
      </label>
      {saved && <p role="status" class="muted small">{ta(lang, 'options.settingsSaved')}</p>}
    </form>
  );
}
