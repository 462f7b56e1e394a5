// @vitest-environment happy-dom
// Every string a user sees in French or Vietnamese is in that language: each page part (the mark
// card, the popup with its pause switches, shortcuts and page list, the options page with its
// tables, the welcome page) is rendered in English and in the other language, and a visible text
// or label that comes out the same in both is an untranslated string — unless it is data (the
// page's words, quotes, titles: taken from the fixtures) or a string the two tables spell alike
// ("Sources", "Date", "Actions"). A hard-coded English sentence, or a key missing from a table,
// fails this test.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComponentChild } from 'preact';
import { MarkCard } from '../../../components/MarkCard';
import { Popup, type PopupClient } from '../../../components/Popup';
import { Options, type OptionsClient } from '../../../components/Options';
import { Welcome } from '../../../components/Welcome';
import { STRINGS } from '../../../components/strings';
import { APP_STRINGS } from '../../../components/app-strings';
import type { OptionsFactClient } from '../../../components/OptionsFacts';
import { DEFAULT_DISPLAY } from '../../../lib/ext/display-settings';
import type { DismissedFinding, Shortcut } from '../../../lib/ext/messaging';
import type { FindingItem } from '../../../lib/dom/reveal';
import type { Finding, Lang } from '../../../lib/model';
import { FIXTURE_FACTS, signingDate } from '../fixtures/hand-made-facts';

afterEach(cleanup);

const finding: Finding = {
  start: 10, end: 25, text: '24 et 25 octobre', kind: 'date', verdict: 'conflict', factId: signingDate.id,
  subject: signingDate.subject, subjectLabel: signingDate.subjectLabel, expected: signingDate.value,
  sources: signingDate.sources, variants: signingDate.variants, reason: 'The fact base dates this 25–26 October 2025.', disputed: true,
};
const items: FindingItem[] = [
  { index: 0, verdict: 'conflict', kind: 'date', text: '24 et 25 octobre', factId: finding.factId, subject: signingDate.subjectLabel!, reason: finding.reason },
  { index: 1, verdict: 'match', kind: 'name', text: 'Guterres', factId: 'f2', subject: 'UN Secretary-General', reason: 'A person the fact base knows.' },
];
const shortcuts: Shortcut[] = [
  { name: 'next-mark', description: 'Go to the next conflict', shortcut: 'Alt+Shift+J' },
  { name: 'previous-mark', description: 'Go to the previous conflict', shortcut: '' },
];
const dismissed: DismissedFinding[] = [
  { key: 'k', factId: 'f2', text: 'Guterres', verdict: 'match', kind: 'name', subject: 'UN Secretary-General', url: 'https://news.example/a', at: 1_760_000_000_000 },
];
const docs = [{ id: '003_7560a3e1914d2327.txt', title: 'Le Secrétaire général des Nations Unies…', lang: 'fr' as const, outlet: null, published: null, factCount: 4, origin: 'user' as const }];

/** Everything the fixtures hold: words of the page, quotes, titles, names, roles, ids (data, not interface). */
const FIXTURES = [finding, items, shortcuts.map((s) => s.shortcut), dismissed, docs, FIXTURE_FACTS, 'news.example', 'example.org', 'Factlens'];
const ATOMS: string[] = [];
(function strings(v: unknown): void {
  if (typeof v === 'string') v.length > 1 && ATOMS.push(v);
  else if (Array.isArray(v)) v.forEach(strings);
  else if (v && typeof v === 'object') Object.values(v).forEach(strings);
})(FIXTURES);
ATOMS.sort((a, b) => b.length - a.length);
/** A language picker names each language in itself (English, français, tiếng Việt): the same in every interface language. */
const ENDONYMS = new Set(['English', 'français', 'tiếng Việt']);

/** Data: a piece of a fixture string (a quote cut to an excerpt), or fixture strings with only punctuation around them. */
function isData(s: string): boolean {
  const bare = s.replace(/^…\s*|\s*…$/g, '');
  if (ATOMS.some((a) => a.includes(bare))) return true;
  let rest = s;
  for (const a of ATOMS) rest = rest.split(a).join(' ');
  return !/\p{L}{2}/u.test(rest);
}

function popupClient(lang: Lang): PopupClient {
  return {
    getStats: async () => ({ documents: 5, facts: 29, corpusFacts: 28, userFacts: 1, corpus: null }),
    getPageSummary: async () => ({ status: 'done', matches: 1, conflicts: 1, url: 'https://example.org/a' }),
    openOptions: vi.fn(),
    getPauseState: async () => ({ site: 'example.org', sitePaused: false, tabPaused: false }),
    setSitePaused: async () => ({ site: 'example.org', sitePaused: true, tabPaused: false }),
    setTabPaused: async () => ({ site: 'example.org', sitePaused: false, tabPaused: true }),
    listFacts: async () => FIXTURE_FACTS,
    listFindings: async () => items,
    revealFinding: async () => ({ found: true }),
    uiLang: async () => lang,
    listShortcuts: async () => shortcuts,
    openShortcutSettings: vi.fn(),
  };
}

function optionsClient(lang: Lang): OptionsClient {
  const facts: OptionsFactClient = {
    listFacts: async () => FIXTURE_FACTS,
    listDocuments: async () => docs,
    saveFact: async (f) => f,
    deleteFact: async () => null,
    restoreFact: async () => {},
    importFacts: async () => ({ written: 0, removed: 0 }),
    resetPreview: async () => ({ userFacts: 0, editedCorpusFacts: 0, deletedCorpusFacts: 0, userDocuments: 0 }),
    resetToCorpus: async () => ({ userFacts: 0, editedCorpusFacts: 0, deletedCorpusFacts: 0, userDocuments: 0 }),
    proposeFacts: async () => ({ lang: 'en', proposals: [] }),
    addDocument: async () => [],
    getDisplaySettings: async () => DEFAULT_DISPLAY,
    setDisplaySettings: async (s) => s,
    uiLang: async () => lang,
  };
  return {
    getStats: async () => ({ documents: 5, facts: 29, corpusFacts: 28, userFacts: 1, corpus: null }),
    listDocuments: async () => docs,
    facts,
    dismissed: { listDismissed: async () => dismissed, restoreDismissed: async () => {} },
  };
}

const PARTS: Record<string, { render: (lang: Lang) => ComponentChild; ready: string }> = {
  'mark card': {
    render: (lang) => <MarkCard finding={finding} lang={lang} position={{ index: 0, total: 2 }} actions={{ dismiss: async () => {}, editFact: () => {} }} onClose={() => {}} />,
    ready: '.fl-mark-actions',
  },
  popup: { render: (lang) => <Popup client={popupClient(lang)} />, ready: '.fl-shortcuts li + li' },
  options: { render: (lang) => <Options client={optionsClient(lang)} />, ready: '.fl-dismissed-table td button' },
  welcome: {
    render: (lang) => <Welcome client={{ uiLang: async () => lang, listShortcuts: async () => shortcuts, openShortcutSettings: () => {}, openOptions: () => {} }} />,
    ready: '.fl-shortcuts li',
  },
};

/** The visible texts and the labels read out (aria-label, title, placeholder, alt). */
function shown(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const t = (n as Text).data.trim();
      if (t) out.push(t);
      continue;
    }
    const el = n as Element;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a)?.trim();
      if (v) out.push(v);
    }
    if (el instanceof HTMLOptionElement || el instanceof HTMLSelectElement) continue;
  }
  return out;
}

/** Strings both tables write the same (a legitimately shared word: "Sources", "Date", "Format"). */
function sameInBoth(lang: Lang): Set<string> {
  const same = new Set<string>();
  for (const table of [STRINGS, APP_STRINGS] as const) {
    const en = table.en as Record<string, string>;
    const other = table[lang] as Record<string, string>;
    for (const [k, v] of Object.entries(en)) if (other[k] === v) same.add(v);
  }
  return same;
}

async function texts(part: keyof typeof PARTS, lang: Lang): Promise<string[]> {
  const { container } = render(<>{PARTS[part].render(lang)}</>);
  await waitFor(() => expect(container.querySelector(PARTS[part].ready)).not.toBeNull(), { timeout: 4000 });
  // let the other loads (counts, facts) settle too
  await new Promise((r) => setTimeout(r, 50));
  const out = shown(container);
  cleanup();
  return out;
}

describe('every string the user sees is translated', () => {
  for (const lang of ['fr', 'vi'] as const) {
    for (const part of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
      it(`${part} in ${lang}`, async () => {
        const english = new Set(await texts(part, 'en'));
        const other = await texts(part, lang);
        const same = sameInBoth(lang);
        const untranslated = [...new Set(other)].filter(
          (s) => english.has(s) && /\p{L}{2}/u.test(s) && !same.has(s) && !ENDONYMS.has(s) && !isData(s),
        );
        expect(untranslated).toEqual([]);
        // and the part did render text in that language (not an empty shell)
        expect(other.length).toBeGreaterThan(5);
      });
    }
  }
});
