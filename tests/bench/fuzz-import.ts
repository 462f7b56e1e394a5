// npm run bench — the import fuzzer (tests/fuzz/import-fuzz.ts) on several thousand seeded cases:
// prints how many files were accepted and refused, the time per case, and any case that broke a
// rule (then exits with status 1). The unit tests run the first few hundred seeds.
import 'fake-indexeddb/auto';
import { FactRepository } from '../../lib/db/repository';
import { FactlensDB } from '../../lib/db/schema';
import { FIXTURE_FACTS } from '../unit/fixtures/hand-made-facts';
import { checkCase, fuzzCase, readLikeOptionsPage } from '../fuzz/import-fuzz';

const CASES = Number(process.env.FUZZ_CASES ?? 5_000);
const FIRST = 10_000; // seeds past the unit tests' sample

const repo = new FactRepository(new FactlensDB('factlens-fuzz-bench'));
await repo.syncCorpus([], () => ({ format: 'factlens-facts/1', facts: FIXTURE_FACTS }), '1');
const failures: string[] = [];
const byMutation = new Map<string, { accepted: number; refused: number }>();
const t0 = performance.now();
let accepted = 0;
for (let seed = FIRST; seed < FIRST + CASES; seed++) {
  const c = fuzzCase(seed);
  const problems = await checkCase(c, repo);
  if (problems.length) failures.push(`seed ${seed} (${c.format}: ${c.what.join(', ')}): ${problems.join('; ')}`);
  const ok = readLikeOptionsPage(c.bytes).ok;
  if (ok) accepted++;
  for (const w of new Set(c.what)) {
    const m = byMutation.get(w) ?? { accepted: 0, refused: 0 };
    m[ok ? 'accepted' : 'refused']++;
    byMutation.set(w, m);
  }
}
const ms = performance.now() - t0;
console.log(`import fuzzer: ${CASES} cases (seeds ${FIRST}–${FIRST + CASES - 1}) in ${(ms / 1000).toFixed(1)} s (${(ms / CASES).toFixed(2)} ms per case): ${accepted} accepted, ${CASES - accepted} refused, ${failures.length} broke a rule`);
for (const [w, m] of [...byMutation].sort()) console.log(`  ${w.padEnd(40)} accepted ${String(m.accepted).padStart(5)}  refused ${String(m.refused).padStart(5)}`);
for (const f of failures.slice(0, 20)) console.log('  FAIL ' + f);
if (failures.length) process.exitCode = 1;
