// Who may ask the background what (lib/ext/sender-policy.ts), through the real messengers against
// fakeBrowser: a page's content script (what a compromised renderer can send) gets checks and its
// own tab's pause state, nothing that reads or writes the fact base or the settings.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/ext/background-app';
import { unpackFindings } from '../../../lib/ext/finding-wire';
import { backgroundMessenger, type BackgroundProtocol } from '../../../lib/ext/messaging';
import { buildFactBase, checkText, compileMatcher, detectLang } from '../../../lib/index';
import { memoryDb, nameFact, readShippedCorpus } from '../helpers';
import { contentScript, extensionPage, sendAs } from './senders';

const engine = { buildFactBase, compileMatcher, checkText, detectLang };
const send = backgroundMessenger.sendMessage as (type: string, data?: unknown) => Promise<any>;
const PAGE = 'https://news.example/article';
const intruder = nameFact('user:intruder', 'Forged Name', 'forged', { origin: 'corpus', subject: 'forged' });

/** Every message that reads or writes the base or the settings, with a plausible payload. */
const PRIVILEGED: Array<[keyof BackgroundProtocol, unknown]> = [
  ['getStats', undefined],
  ['listDocuments', undefined],
  ['listFacts', undefined],
  ['documentTexts', ['000_3d9744cf5ae48081.txt']],
  ['saveFact', intruder],
  ['deleteFact', 'x'],
  ['restoreFact', { ...intruder, userEdited: false, docs: ['forged'], updatedAt: 0 }],
  ['importFacts', { facts: [intruder], mode: 'replace' }],
  ['resetPreview', undefined],
  ['resetToCorpus', undefined],
  ['proposeFacts', { id: 'd', title: 'T', text: 'Some text.', lang: 'en' }],
  ['addDocument', { doc: { id: 'd', title: 'T', text: 'Some text.', lang: 'en' }, facts: [] }],
  ['getDisplaySettings', undefined],
  ['setDisplaySettings', { kinds: [], showMatches: false, matchColour: 'blue', conflictColour: 'orange', uiLang: 'fr' }],
  ['setSitePaused', { url: 'https://other.example/', paused: true }],
  ['setTabPaused', { tabId: 99, paused: true }],
  ['navigateTab', { tabId: 99, direction: 'next' }],
];

describe('message senders', () => {
  let app: ReturnType<typeof startBackground>;
  const state = async () => ({ facts: await app.repo.listFacts(), settings: await app.repo.db.settings.toArray(), docs: await app.repo.db.documents.toArray() });

  beforeEach(async () => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.commands.onCommand, { addListener: () => {}, removeListener: () => {} });
    sendAs(extensionPage());
    app = startBackground({ db: memoryDb(), engine, readCorpusFile: readShippedCorpus, version: '0.1.0' });
    await app.ready();
  });
  afterEach(() => app.stop());

  it.each(PRIVILEGED)('refuses %s from a content script and changes nothing', async (type, data) => {
    const before = await state();
    sendAs(contentScript(7, PAGE));
    await expect(send(type, data)).rejects.toThrow(`"${type}" is accepted only from the extension's own pages`);
    sendAs(extensionPage());
    expect(await state()).toEqual(before);
    await expect(app.pause.state('https://other.example/', 99)).resolves.toMatchObject({ sitePaused: false, tabPaused: false });
  });

  it('refuses every message from a sender the browser does not name as ours', async () => {
    sendAs({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html', origin: 'chrome-extension://another-extension' });
    await expect(send('listFacts')).rejects.toThrow(/accepted only from the extension's own pages/);
    sendAs({});
    await expect(send('checkPage', { text: 'x', url: PAGE })).rejects.toThrow(/accepted only/);
    // A page URL that merely contains the extension's id is not the extension.
    sendAs({ ...contentScript(7, `https://evil.example/${fakeBrowser.runtime.getURL('/options.html')}`) });
    await expect(send('listFacts')).rejects.toThrow(/not from a page's content script/);
  });

  it('answers a content script its checks', async () => {
    sendAs(contentScript(7, PAGE));
    const text = 'The delegation was led by Deputy Foreign Minister Le Thi Thu Hang.';
    const { packed } = await send('checkPage', { text, url: PAGE });
    expect(unpackFindings(packed).map((f) => [f.text, f.verdict])).toContainEqual(['Le Thi Thu Hang', 'match']);
  });

  it("tells a content script its own tab's pause state, whatever tab or url it names", async () => {
    await send('setSitePaused', { url: 'https://paused.example/', paused: true });
    app.pause.setTab(8, true);
    sendAs(contentScript(7, PAGE));
    expect(await send('getPauseState', { url: 'https://paused.example/x', tabId: 8 })).toEqual({ site: 'news.example', sitePaused: false, tabPaused: false });
    sendAs(contentScript(8, 'https://paused.example/y'));
    expect(await send('getPauseState', { url: PAGE })).toEqual({ site: 'paused.example', sitePaused: true, tabPaused: true });
    // The popup asks about the tab it names.
    sendAs(extensionPage('/popup.html'));
    expect(await send('getPauseState', { url: PAGE, tabId: 8 })).toEqual({ site: 'news.example', sitePaused: false, tabPaused: true });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a message typed %s is an unknown type: no answer, nothing breaks', async (type) => {
    for (const sender of [extensionPage(), contentScript(7, PAGE)]) {
      sendAs(sender);
      await expect(send(type, {})).rejects.toThrow('No response');
    }
    sendAs(extensionPage());
    expect((await send('getStats')).documents).toBe(5);
  });
});
