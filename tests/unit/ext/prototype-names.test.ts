// Ids, documents and message types named like Object.prototype's keys are ordinary strings: the
// corpus's facts renamed "__proto__", "constructor", "toString"… are checked, sent to the page,
// saved, listed, deleted and put back, exported and imported like any other.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/ext/background-app';
import { normalizeDisplay } from '../../../lib/ext/display-settings';
import { packFindings, unpackFindings } from '../../../lib/ext/finding-wire';
import { backgroundMessenger } from '../../../lib/ext/messaging';
import { buildFactBase, checkText, compileMatcher, detectLang } from '../../../lib/index';
import { exportClaimReview, importClaimReview } from '../../../lib/io/claimreview';
import { exportFacts, importFacts } from '../../../lib/io/facts-json';
import type { Fact } from '../../../lib/model';
import { corpusFacts } from '../engine/corpus';
import { memoryDb, readShippedCorpus } from '../helpers';
import { extensionPage, sendAs } from './senders';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const engine = { buildFactBase, compileMatcher, checkText, detectLang };

/**
 * The corpus's name facts, each renamed (id and source documents; with `subjects`, the subject
 * too: the engine then knows no phrase for it) after a prototype key.
 */
function prototypeNamed(subjects = false): Fact[] {
  const names = corpusFacts().facts.filter((f) => f.kind === 'name').slice(0, NAMES.length);
  return names.map((f, i) => ({
    ...f,
    id: NAMES[i],
    subject: subjects ? NAMES[(i + 1) % NAMES.length] : f.subject,
    origin: 'user',
    sources: f.sources.map((s) => ({ ...s, doc: NAMES[(i + 2) % NAMES.length] })),
    variants: f.variants.map((v) => ({ ...v, sources: v.sources.map((s) => ({ ...s, doc: NAMES[(i + 3) % NAMES.length] })) })),
  }));
}
const pageOf = (facts: Fact[]) => facts.map((f) => f.sources[0].quote).join(' ');

describe('prototype-named ids, documents and subjects', () => {
  it('the engine checks them and their findings survive the trip to the page', () => {
    const facts = prototypeNamed();
    const text = pageOf(facts);
    const findings = checkText(compileMatcher(facts), text);
    expect(new Set(findings.map((f) => f.factId))).toEqual(new Set(NAMES));
    expect(unpackFindings(JSON.parse(JSON.stringify(packFindings(findings))))).toEqual(findings);
  });

  it('export and import keep them, in both formats', () => {
    const facts = prototypeNamed(true);
    const back = importFacts(exportFacts(facts));
    expect(back).toEqual({ ok: true, facts });
    const cr = importClaimReview(exportClaimReview(facts));
    expect(cr.ok && cr.facts.map((f) => [f.id, f.subject, f.sources.map((s) => s.doc)])).toEqual(facts.map((f) => [f.id, f.subject, f.sources.map((s) => s.doc)]));
    // Two facts named "__proto__" are still a duplicate.
    const twice = importFacts(JSON.stringify({ format: 'factlens-facts/1', facts: [facts[0], facts[0]] }));
    expect(twice.ok === false && twice.errors.map((e) => e.message)).toEqual(['the id "__proto__" is already used by facts[0].']);
  });

  it('a setting named after a prototype key is an unknown setting', () => {
    expect(normalizeDisplay({ matchColour: 'constructor', conflictColour: '__proto__', uiLang: 'toString' })).toMatchObject({ matchColour: 'teal', conflictColour: 'red', uiLang: 'auto' });
  });
});

describe('prototype-named facts through the background', () => {
  let app: ReturnType<typeof startBackground>;
  const send = backgroundMessenger.sendMessage;
  beforeEach(async () => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.commands.onCommand, { addListener: () => {}, removeListener: () => {} });
    sendAs(extensionPage());
    app = startBackground({ db: memoryDb(), engine, readCorpusFile: readShippedCorpus, version: '0.1.0' });
    await app.ready();
  });
  afterEach(() => app.stop());

  it('are imported, checked on pages, listed, deleted and put back', async () => {
    const facts = prototypeNamed();
    await send('importFacts', { facts, mode: 'replace' });
    const listed = await send('listFacts');
    for (const name of NAMES) expect(listed.find((f) => f.id === name)?.docs).toEqual(expect.arrayContaining([expect.any(String)]));
    const { packed } = await send('checkPage', { text: pageOf(facts), url: 'http://x/' });
    expect(new Set(unpackFindings(packed).map((f) => f.factId))).toEqual(new Set(NAMES));
    expect(await send('documentTexts', NAMES)).toEqual({});
    const docs = await send('listDocuments');
    expect(docs.every((d) => typeof d.factCount === 'number')).toBe(true);
    const row = await send('deleteFact', 'constructor');
    expect(row?.id).toBe('constructor');
    expect((await send('listFacts')).some((f) => f.id === 'constructor')).toBe(false);
    await send('restoreFact', row!);
    expect((await send('listFacts')).find((f) => f.id === 'constructor')).toEqual(listed.find((f) => f.id === 'constructor'));
  });
});
