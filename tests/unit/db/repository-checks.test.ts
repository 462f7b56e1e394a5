// The repository checks what it stores whoever calls it (lib/db/checked.ts): no caller can write
// a fact the import would refuse, a forged corpus row, or a fact over the per-fact limits.
import { describe, expect, it, vi } from 'vitest';
import type { CorpusDocument } from '../../../lib/db/corpus';
import { FactRepository } from '../../../lib/db/repository';
import type { Fact } from '../../../lib/model';
import { FACT_LIMITS } from '../../../lib/validate';
import { factBase, memoryDb, nameFact } from '../helpers';

const docs: CorpusDocument[] = [{ id: 'one.txt', file: 'one.txt', lang: 'en', title: 'One', text: 'Le Thi Thu Hang led it.', origin: 'corpus' }];
const corpusFact = nameFact('hang', 'Le Thi Thu Hang', 'one.txt');
const MB = 'x'.repeat(1024 * 1024);

async function loaded() {
  const repo = new FactRepository(memoryDb());
  await repo.syncCorpus(docs, () => factBase([corpusFact]), '1');
  const snapshot = async () => ({ facts: await repo.listFacts(), settings: await repo.db.settings.toArray(), docs: await repo.db.documents.toArray() });
  return { repo, snapshot, before: await snapshot() };
}

describe('FactRepository checks what it stores', () => {
  it('refuses a 1 MB field or a null fact on every write path, and writes nothing', async () => {
    const { repo, snapshot, before } = await loaded();
    const huge = nameFact('user:big', MB, 'one.txt', { origin: 'user' });
    await expect(repo.saveUserFact(huge)).rejects.toThrow(/^Nothing was written: fact\.subjectLabel: is too long \(1048576 characters; at most 1000\)/);
    await expect(repo.importFacts([huge], 'merge')).rejects.toThrow(/Nothing was written: facts\[0\]\.subjectLabel: is too long/);
    await expect(repo.importFacts([null as never], 'replace')).rejects.toThrow(/facts\[0\]/);
    await expect(repo.restoreFact({ ...huge, origin: 'user', userEdited: false, docs: [], updatedAt: 1 })).rejects.toThrow(/too long/);
    await expect(repo.addUserDocument({ id: 'd', title: 'T', text: 'Some text.', lang: 'en' }, [huge])).rejects.toThrow(/too long/);
    await expect(repo.importFacts([corpusFact], 'wipe' as never)).rejects.toThrow(/mode must be/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a made-up row passed off as a corpus fact; a deleted corpus fact comes back as it was', async () => {
    const { repo, snapshot, before } = await loaded();
    const forged = { ...nameFact('forged', 'Forged Name', 'one.txt'), userEdited: false, docs: ['one.txt'], updatedAt: 1 };
    await expect(repo.restoreFact({ ...forged, origin: 'corpus' })).rejects.toThrow(/"forged" is not a deleted corpus fact/);
    await expect(repo.restoreFact({ ...forged, origin: 'admin' as never })).rejects.toThrow(/fact\.origin: "admin" is not allowed/);
    expect(await snapshot()).toEqual(before);
    const row = await repo.deleteFact('hang');
    await repo.restoreFact(row!);
    expect((await snapshot()).facts).toEqual(before.facts);
    // The user's own fact can be put back as the user's.
    await repo.restoreFact({ ...forged, origin: 'user' });
    expect((await repo.listFacts()).find((f) => f.id === 'forged')).toMatchObject({ origin: 'user', userEdited: false });
  });

  it('names the per-fact limit an import goes over', async () => {
    const { repo, snapshot, before } = await loaded();
    const many = (n: number) => Array.from({ length: n }, (_, i) => `Alias ${i}`);
    const name = (aliases: string[]): Fact => nameFact('user:many', 'Many Names', 'one.txt', { origin: 'user', value: { name: 'Many Names', aliases } });
    await expect(repo.importFacts([name(many(FACT_LIMITS.aliases + 1))], 'merge')).rejects.toThrow(
      `facts[0].value.aliases: has ${FACT_LIMITS.aliases + 1} aliases; a fact may hold at most ${FACT_LIMITS.aliases}.`,
    );
    const src = corpusFact.sources[0];
    await expect(repo.importFacts([{ ...name([]), sources: Array(FACT_LIMITS.sources + 1).fill(src) }], 'merge')).rejects.toThrow(/facts\[0\]\.sources: has 201 sources/);
    await expect(repo.importFacts([{ ...name([]), variants: Array(FACT_LIMITS.variants + 1).fill({ value: { name: 'B', aliases: [] }, sources: [] }) }], 'merge')).rejects.toThrow(/facts\[0\]\.variants: has 51 variants/);
    expect(await snapshot()).toEqual(before);
    await repo.importFacts([name(many(FACT_LIMITS.aliases))], 'merge');
    expect((await repo.listFacts()).find((f) => f.id === 'user:many')?.value).toMatchObject({ aliases: many(FACT_LIMITS.aliases) });
  });

  it('refuses a user document without a language or with a control character in its title', async () => {
    const { repo, snapshot, before } = await loaded();
    await expect(repo.addUserDocument({ id: 'd', title: 'T', text: 'x', lang: 'de' as never }, [])).rejects.toThrow(/language must be one of en, fr, vi/);
    await expect(repo.addUserDocument({ id: 'd', title: 'T\u0007', text: 'x', lang: 'en' }, [])).rejects.toThrow(/title contains an invisible control character \(U\+0007\)/);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves out (and logs) a corpus fact the engine got wrong, and loads the rest', async () => {
    const repo = new FactRepository(memoryDb());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { ...nameFact('bad', '', 'one.txt') };
    await repo.syncCorpus(docs, () => factBase([corpusFact, bad]), '1');
    expect((await repo.listFacts()).map((f) => f.id)).toEqual(['hang']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"bad" left out'), expect.stringMatching(/value\.name: cannot be empty/));
    warn.mockRestore();
  });
});
