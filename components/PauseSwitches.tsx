// Two switches: pause Factlens on this site (remembered) and on this tab (until it closes).
// Stateless: the popup owns the state and says what to do when a switch flips.
import type { Lang } from '../lib/model';
import { ta } from './app-strings';

export interface PauseSwitchesProps {
  /** The site's host ("example.org"); empty when the tab shows no web page. */
  site: string;
  sitePaused: boolean;
  tabPaused: boolean;
  /** A change is being saved: the switches are disabled meanwhile. */
  busy?: boolean;
  /** Shown when the last change failed. */
  error?: string;
  lang?: Lang;
  onSiteChange(paused: boolean): void;
  onTabChange(paused: boolean): void;
}

export function PauseSwitches({ site, sitePaused, tabPaused, busy, error, lang = 'en', onSiteChange, onTabChange }: PauseSwitchesProps) {
  const disabled = busy || !site;
  // The site's name is its own element inside the translated sentence (styles and tests find it).
  const [before, after = ''] = ta(lang, 'pause.site', { site: '\u0000' }).split('\u0000');
  return (
    <fieldset class="pause-switches" disabled={disabled} aria-busy={busy ? 'true' : undefined}>
      <legend>{ta(lang, 'pause.legend')}</legend>
      <label>
        <input
          type="checkbox"
          role="switch"
          name="pause-site"
          checked={sitePaused}
          aria-checked={sitePaused}
          onChange={(e) => onSiteChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {before}
        <span class="pause-site">{site || ta(lang, 'pause.thisPage')}</span>
        {after}
      </label>
      <label>
        <input
          type="checkbox"
          role="switch"
          name="pause-tab"
          checked={tabPaused}
          aria-checked={tabPaused}
          onChange={(e) => onTabChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {ta(lang, 'pause.tab')}
      </label>
      {error && <p role="alert">{ta(lang, 'pause.failed', { message: error })}</p>}
    </fieldset>
  );
}
