// Pause per site (settings table) and per tab (memory).
import { describe, expect, it } from 'vitest';
import { PAUSED_SITES_KEY, PauseStore, isPaused, siteOf } from '../../../lib/ext/pause';
import { memoryDb } from '../helpers';

describe('PauseStore', () => {
  it('remembers paused sites in the settings table and tabs in memory', async () => {
    const db = memoryDb();
    const store = new PauseStore(db);
    const url = 'https://News.example.org:8443/a/b?c';
    expect(siteOf(url)).toBe('news.example.org:8443');
    expect(await store.state(url, 7)).toEqual({ site: 'news.example.org:8443', sitePaused: false, tabPaused: false });
    await store.setSite(url, true);
    expect((await db.settings.get(PAUSED_SITES_KEY))?.value).toEqual(['news.example.org:8443']);
    // A new store (a restarted background) reads it back.
    const again = new PauseStore(db);
    expect(await again.state('https://news.example.org:8443/other', 1)).toMatchObject({ sitePaused: true, tabPaused: false });
    expect(await again.state('https://example.org/', 1)).toMatchObject({ sitePaused: false });
    again.setTab(1, true);
    const s = await again.state('https://example.org/', 1);
    expect(s).toMatchObject({ sitePaused: false, tabPaused: true });
    expect(isPaused(s)).toBe(true);
    again.forgetTab(1);
    expect(await again.state('https://example.org/', 1)).toMatchObject({ tabPaused: false });
    await again.setSite(url, false);
    expect((await db.settings.get(PAUSED_SITES_KEY))?.value).toEqual([]);
    await expect(again.setSite('about:blank', true)).rejects.toThrow(/host/);
  });
});
