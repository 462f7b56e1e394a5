// Add or edit a fact. The draft is checked on every keystroke with the same rules as an import
// (lib/fact-draft.ts → lib/validate.ts); a field shows its message once it has been typed in, and
// all of them show on a save attempt. onSave is called only with a valid fact.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Fact, FactKind, Lang } from '../lib/model';
import { FACT_KINDS, LANGS, QUALIFIERS } from '../lib/model';
import { draftFromFact, draftToFact, emptyDraft, type DraftErrors, type DraftField, type FactDraft } from '../lib/fact-draft';
import { PRECISIONS } from '../lib/validate';
import { formatValue } from '../lib/format';
import { formErrorText, t } from './strings';
import { ownValue } from '../lib/own';

export interface FactFormProps {
  /** The fact to edit; a new fact when absent. */
  fact?: Fact;
  lang?: Lang;
  /** Kind of a new fact (default "date"). */
  initialKind?: FactKind;
  /** Called with a valid fact only; may be async (a rejection is shown and the form stays open). */
  onSave: (fact: Fact) => void | Promise<void>;
  onCancel?: () => void;
  /** Id of a new fact (default: "user:<time>-<n>-<random>"). */
  makeId?: () => string;
  /** Units offered as suggestions for figures (e.g. the lexicon's unit ids). */
  units?: readonly string[];
  docTitles?: Readonly<Record<string, string>>;
  idPrefix?: string;
}

const ORDER: DraftField[] = ['subject', 'start', 'end', 'precision', 'amount', 'unit', 'qualifier', 'name', 'aliases', 'role', 'entity', 'quote', 'docTitle', 'lang', 'form'];

export function FactForm({ fact, lang = 'en', initialKind = 'date', onSave, onCancel, makeId, units = [], docTitles, idPrefix = 'fl-form' }: FactFormProps) {
  const [draft, setDraft] = useState<FactDraft>(() => (fact ? draftFromFact(fact) : emptyDraft(initialKind)));
  const [touched, setTouched] = useState<Set<DraftField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Live check: the id is not needed to know whether the draft is valid.
  const check = useMemo(() => draftToFact(draft, { makeId: () => 'pending' }), [draft]);
  const errors: DraftErrors = check.errors;
  const shown = (f: DraftField) => (submitted || touched.has(f) ? errors[f] : undefined);
  const id = (f: string) => `${idPrefix}-${f}`;

  const update = <K extends keyof FactDraft>(k: K, v: FactDraft[K], field: DraftField = k as DraftField) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setSaveError(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    const result = draftToFact(draft, { makeId });
    if (!result.fact) {
      const firstBad = ORDER.find((f) => result.errors[f]);
      formRef.current?.querySelector<HTMLElement>(`#${id(firstBad ?? 'subject')}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(result.fact);
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const field = (f: DraftField, label: string, control: (a: Record<string, unknown>) => JSX.Element, help?: string) => {
    const err = shown(f);
    const describedBy = [help ? id(`${f}-help`) : '', err ? id(`${f}-error`) : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class={`fl-field${err ? ' fl-invalid' : ''}`}>
        <label for={id(f)}>{label}</label>
        {control({ id: id(f), 'aria-invalid': err ? 'true' : undefined, 'aria-describedby': describedBy })}
        {help && <p id={id(`${f}-help`)} class="fl-help">{help}</p>}
        {err && <p id={id(`${f}-error`)} class="fl-error">{formErrorText(lang, err)}</p>}
      </div>
    );
  };
  const text = (k: keyof FactDraft & DraftField, type = 'text') => (a: Record<string, unknown>) => (
    <input {...a} type={type} value={draft[k] as string} onInput={(e) => update(k, (e.currentTarget as HTMLInputElement).value as never)} />
  );
  const invalidCount = Object.keys(errors).length;
  const preview = check.fact ? formatValue(check.fact.value, lang) : null;

  return (
    <form ref={formRef} class="fl-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t(lang, fact ? 'form.titleEdit' : 'form.titleNew')}</h2>
      <div class="fl-field">
        <label for={id('kind')}>{t(lang, 'form.kind')}</label>
        <select id={id('kind')} value={draft.kind} onChange={(e) => update('kind', (e.currentTarget as HTMLSelectElement).value as FactKind, 'form')}>
          {FACT_KINDS.map((k) => <option key={k} value={k}>{t(lang, `kind.${k}`)}</option>)}
        </select>
      </div>
      {field('subject', t(lang, 'form.subject'), text('subject'), t(lang, 'form.subjectHelp'))}

      {draft.kind === 'date' && (
        <fieldset class="fl-value-fields">
          <legend>{t(lang, 'kind.date')}</legend>
          {field('start', t(lang, 'form.start'), text('start', 'date'))}
          {field('end', t(lang, 'form.end'), text('end', 'date'))}
          {field('precision', t(lang, 'form.precision'), (a) => (
            <select {...a} value={draft.precision} onChange={(e) => update('precision', (e.currentTarget as HTMLSelectElement).value as FactDraft['precision'])}>
              {PRECISIONS.map((p) => <option key={p} value={p}>{t(lang, `precision.${p}`)}</option>)}
            </select>
          ))}
        </fieldset>
      )}
      {draft.kind === 'figure' && (
        <fieldset class="fl-value-fields">
          <legend>{t(lang, 'kind.figure')}</legend>
          {field('qualifier', t(lang, 'form.qualifier'), (a) => (
            <select {...a} value={draft.qualifier} onChange={(e) => update('qualifier', (e.currentTarget as HTMLSelectElement).value as FactDraft['qualifier'])}>
              {QUALIFIERS.map((q) => <option key={q} value={q}>{t(lang, `qualifier.${q}`)}</option>)}
            </select>
          ))}
          {field('amount', t(lang, 'form.amount'), (a) => <input {...a} type="text" inputMode="decimal" value={draft.amount} onInput={(e) => update('amount', (e.currentTarget as HTMLInputElement).value)} />)}
          {field('unit', t(lang, 'form.unit'), (a) => (
            <>
              <input {...a} type="text" list={id('units')} value={draft.unit} onInput={(e) => update('unit', (e.currentTarget as HTMLInputElement).value)} />
              <datalist id={id('units')}>{units.map((u) => <option key={u} value={u} />)}</datalist>
            </>
          ))}
        </fieldset>
      )}
      {draft.kind === 'name' && (
        <fieldset class="fl-value-fields">
          <legend>{t(lang, 'kind.name')}</legend>
          {field('name', t(lang, 'form.name'), text('name'))}
          {field('aliases', t(lang, 'form.aliases'), (a) => <textarea {...a} rows={2} value={draft.aliases} onInput={(e) => update('aliases', (e.currentTarget as HTMLTextAreaElement).value)} />)}
          {field('role', t(lang, 'form.role'), text('role'))}
          {field('entity', t(lang, 'form.entity'), (a) => (
            <select {...a} value={draft.entity} onChange={(e) => update('entity', (e.currentTarget as HTMLSelectElement).value as FactDraft['entity'])}>
              <option value="">{t(lang, 'entity.none')}</option>
              <option value="person">{t(lang, 'entity.person')}</option>
              <option value="place">{t(lang, 'entity.place')}</option>
            </select>
          ))}
        </fieldset>
      )}

      {draft.sources.length > 0 && (
        <fieldset class="fl-form-sources">
          <legend>{t(lang, 'form.sources')}</legend>
          <ul>
            {draft.sources.map((s, i) => (
              <li key={`${s.doc}:${s.start}:${i}`}>
                <q lang={s.lang}>{s.quote}</q> <cite>{s.title ?? ownValue(docTitles, s.doc) ?? s.doc}</cite>{' '}
                <button type="button" aria-label={`${t(lang, 'form.removeSource')}: ${s.title ?? ownValue(docTitles, s.doc) ?? s.doc}`} onClick={() => update('sources', draft.sources.filter((_, j) => j !== i), 'form')}>
                  {t(lang, 'form.removeSource')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset class="fl-form-new-source">
        <legend>{t(lang, 'form.newSource')}</legend>
        {field('quote', t(lang, 'form.quote'), (a) => <textarea {...a} rows={2} value={draft.quote} onInput={(e) => update('quote', (e.currentTarget as HTMLTextAreaElement).value)} />)}
        {field('docTitle', t(lang, 'form.docTitle'), text('docTitle'))}
        {field('lang', t(lang, 'form.lang'), (a) => (
          <select {...a} value={draft.lang} onChange={(e) => update('lang', (e.currentTarget as HTMLSelectElement).value as FactDraft['lang'])}>
            <option value="">{t(lang, 'form.langNone')}</option>
            {LANGS.map((l) => <option key={l} value={l}>{t(lang, `lang.${l}`)}</option>)}
          </select>
        ))}
      </fieldset>

      {preview && <p class="fl-preview">{t(lang, 'form.preview', { value: preview })}</p>}
      {submitted && invalidCount > 0 && <p class="fl-error" role="alert">{t(lang, 'form.invalid', { n: invalidCount })}</p>}
      {errors.form && (submitted || touched.has('form')) && <p class="fl-error" role="alert">{formErrorText(lang, errors.form)}</p>}
      {saveError && <p class="fl-error" role="alert">{t(lang, 'form.saveFailed', { message: saveError })}</p>}
      <div class="fl-form-actions">
        <button type="submit" disabled={saving}>{saving ? t(lang, 'form.saving') : t(lang, 'form.save')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t(lang, 'form.cancel')}</button>}
      </div>
    </form>
  );
}
