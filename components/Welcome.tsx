// The page opened on first install: what the marks mean, that nothing leaves the browser, how to
// pause, and the keyboard shortcuts as the browser assigned them. In the interface language.
import type { Lang } from '../lib/model';
import type { Shortcut } from '../lib/ext/messaging';
import { ShortcutList } from './Popup';
import { useUiLang } from './PopupSearch';
import { useLoad } from './use-load';
import { ta } from './app-strings';

export interface WelcomeClient {
  uiLang?(): Promise<Lang>;
  listShortcuts(): Promise<Shortcut[]>;
  openShortcutSettings?(): void;
  openOptions(): void;
}

export function Welcome({ client }: { client: WelcomeClient }) {
  const lang = useUiLang(client.uiLang);
  const shortcuts = useLoad(() => client.listShortcuts());
  const assigned = shortcuts.state === 'ready' ? shortcuts.value.filter((s) => s.name === 'next-mark' || s.name === 'previous-mark') : [];
  return (
    <main class="welcome" lang={lang}>
      <h1>{ta(lang, 'welcome.title')}</h1>
      <p class="fl-lead">{ta(lang, 'welcome.intro')}</p>
      <section aria-labelledby="w-marks">
        <h2 id="w-marks">{ta(lang, 'welcome.marksTitle')}</h2>
        <ul class="fl-mark-legend">
          <li>
            <span class="fl-sample fl-sample-match">{ta(lang, 'welcome.matchSample')}</span> {ta(lang, 'welcome.match')}
          </li>
          <li>
            <span class="fl-sample fl-sample-conflict">{ta(lang, 'welcome.conflictSample')}</span> {ta(lang, 'welcome.conflict')}
          </li>
        </ul>
        <p>{ta(lang, 'welcome.card')}</p>
      </section>
      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{ta(lang, 'welcome.privacyTitle')}</h2>
        <p>{ta(lang, 'welcome.privacy')}</p>
      </section>
      <section aria-labelledby="w-pause">
        <h2 id="w-pause">{ta(lang, 'welcome.pauseTitle')}</h2>
        <p>{ta(lang, 'welcome.pause')}</p>
      </section>
      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{ta(lang, 'welcome.shortcutsTitle')}</h2>
        <p>{ta(lang, 'welcome.shortcuts')}</p>
        {shortcuts.state === 'ready' && <ShortcutList shortcuts={assigned} lang={lang} />}
        {shortcuts.state === 'ready' && !assigned.some((s) => s.shortcut) && <p>{ta(lang, 'welcome.noShortcuts')}</p>}
        {client.openShortcutSettings && (
          <button type="button" class="fl-more" onClick={() => client.openShortcutSettings!()}>
            {ta(lang, 'shortcuts.change')}
          </button>
        )}
      </section>
      <footer>
        <button type="button" class="fl-primary" onClick={() => client.openOptions()}>
          {ta(lang, 'welcome.options')}
        </button>
      </footer>
    </main>
  );
}
