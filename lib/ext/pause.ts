// Pausing Factlens: per site (a row of the Dexie settings table, so it survives restarts) and per
// tab (the background's memory, forgotten when the tab closes).
import type { FactlensDB } from '../db/schema';
import type { PauseState } from './messaging';

export const PAUSED_SITES_KEY = 'pausedSites';

/** The site a URL belongs to: its host (with port), lower case; '' for URLs without one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

export class PauseStore {
  private readonly tabs = new Set<number>();
  private sites: Promise<Set<string>> | null = null;

  constructor(private readonly db: FactlensDB) {}

  private pausedSites(): Promise<Set<string>> {
    if (!this.sites) {
      const loading = this.db.settings.get(PAUSED_SITES_KEY).then((row) => new Set((row?.value as string[] | undefined) ?? []));
      loading.catch(() => {
        if (this.sites === loading) this.sites = null;
      });
      this.sites = loading;
    }
    return this.sites;
  }

  async state(url: string, tabId: number | undefined): Promise<PauseState> {
    const site = siteOf(url);
    const sites = await this.pausedSites();
    return { site, sitePaused: site !== '' && sites.has(site), tabPaused: tabId !== undefined && this.tabs.has(tabId) };
  }

  async setSite(url: string, paused: boolean): Promise<string> {
    const site = siteOf(url);
    if (!site) throw new Error(`Cannot pause a page without a host: ${url}`);
    const sites = new Set(await this.pausedSites());
    if (paused) sites.add(site);
    else sites.delete(site);
    await this.db.settings.put({ key: PAUSED_SITES_KEY, value: [...sites].sort() });
    this.sites = Promise.resolve(sites);
    return site;
  }

  setTab(tabId: number, paused: boolean): void {
    if (paused) this.tabs.add(tabId);
    else this.tabs.delete(tabId);
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

/** Paused when either the site or the tab is. */
export const isPaused = (s: PauseState) => s.sitePaused || s.tabPaused;
