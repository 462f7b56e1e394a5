// "This mark is wrong": the hidden findings are remembered in the settings table, filter every
// check, are listed newest first and can be restored; requests from a page are checked.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FactlensDB } from '../../../lib/db/schema';
import { DismissedStore, MAX_DISMISSED, dismissKey } from '../../../lib/ext/dismissed';

const req = (factId: string, text: string) => ({ factId, text, verdict: 'conflict' as const, kind: 'name' as const, subject: 'Someone', url: 'https://news.example/a' });

describe('DismissedStore', () => {
  it('hides a fact on those words (case and spacing aside) and shows it again when restored', async () => {
    const db = new FactlensDB(`dismissed-${Math.random()}`);
    const store = new DismissedStore(db);
    const findings = [{ factId: 'f1', text: 'La Thi  Thu Hang' }, { factId: 'f1', text: 'Le Thi Thu Hang' }, { factId: 'f2', text: 'La Thi Thu Hang' }];
    const d = await store.add(req('f1', 'la thi thu hang'));
    expect(await store.filter(findings)).toEqual(findings.slice(1));
    // Remembered: a new store on the same database (the background restarted) still hides it.
    const again = new DismissedStore(db);
    expect((await again.list()).map((x) => x.key)).toEqual([d.key]);
    await again.remove(d.key);
    expect(await again.filter(findings)).toEqual(findings);
    expect(await new DismissedStore(db).list()).toEqual([]);
  });

  it('refuses malformed requests with a message naming the field, and keeps at most MAX_DISMISSED', async () => {
    const store = new DismissedStore(new FactlensDB(`dismissed-${Math.random()}`));
    await expect(store.add({ ...req('f', 'x'), verdict: 'maybe' })).rejects.toThrow(/verdict/);
    await expect(store.add({ ...req('f', ''), text: '' })).rejects.toThrow(/text/);
    await expect(store.add(null)).rejects.toThrow(/verdict/);
    const saved = await store.add({ ...req('constructor', 'x'.repeat(5000)), url: 'javascript:alert(1)' });
    expect(saved.text.length).toBe(300);
    expect(saved.url).toBe('');
    expect(dismissKey('a', ' X  Y ')).toBe(dismissKey('a', 'x y'));
    expect(MAX_DISMISSED).toBeGreaterThan(100);
  });
});
