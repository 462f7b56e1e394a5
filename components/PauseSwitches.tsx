// Two switches: pause Factlens on this site (remembered) and on this tab (until it closes).
// Stateless: the popup owns the state and says what to do when a switch flips.
export interface PauseSwitchesProps {
  /** The site's host ("example.org"); empty when the tab shows no web page. */
  site: string;
  sitePaused: boolean;
  tabPaused: boolean;
  /** A change is being saved: the switches are disabled meanwhile. */
  busy?: boolean;
  /** Shown when the last change failed. */
  error?: string;
  onSiteChange(paused: boolean): void;
  onTabChange(paused: boolean): void;
}

export function PauseSwitches({ site, sitePaused, tabPaused, busy, error, onSiteChange, onTabChange }: PauseSwitchesProps) {
  const disabled = busy || !site;
  return (
    <fieldset class="pause-switches" disabled={disabled} aria-busy={busy ? 'true' : undefined}>
      <legend>Pause Factlens</legend>
      <label>
        <input
          type="checkbox"
          role="switch"
          name="pause-site"
          checked={sitePaused}
          aria-checked={sitePaused}
          onChange={(e) => onSiteChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        on <span class="pause-site">{site || 'this page'}</span> (remembered)
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
        in this tab only
      </label>
      {error && <p role="alert">Could not change the pause: {error}</p>}
    </fieldset>
  );
}
