// Seeded fuzzing of imports (tests/fuzz/import-fuzz.ts), a bounded sample: nothing invalid is
// accepted, every accepted file round-trips in both formats, the repository agrees with the
// importer and a refused write leaves the base unchanged. tests/bench/fuzz-import.ts runs thousands.
import { describe, expect, it } from 'vitest';
import { FactRepository } from '../../../lib/db/repository';
import { FIXTURE_FACTS } from '../fixtures/hand-made-facts';
import { factBase, memoryDb } from '../helpers';
import { checkCase, fuzzCase } from '../../fuzz/import-fuzz';

const CASES = 300;

describe('fuzzed imports', () => {
  it(`${CASES} seeded malformed files: no invalid fact accepted, accepted files round-trip, refusals change nothing`, async () => {
    const repo = new FactRepository(memoryDb());
    await repo.syncCorpus([], () => factBase(FIXTURE_FACTS), '1');
    const failures: string[] = [];
    let accepted = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const c = fuzzCase(seed);
      const problems = await checkCase(c, repo);
      if (problems.length) failures.push(`seed ${seed} (${c.format}: ${c.what.join(', ')}): ${problems.join('; ')}`);
      if ((await import('../../fuzz/import-fuzz')).readLikeOptionsPage(c.bytes).ok) accepted++;
    }
    expect(failures).toEqual([]);
    // the sample exercises both outcomes
    expect(accepted).toBeGreaterThan(CASES / 10);
    expect(accepted).toBeLessThan(CASES * 0.9);
  }, 120_000);
});
