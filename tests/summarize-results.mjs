// Reads Vitest's JSON report and prints the one line CI reads: "N passed, N failed".
// Exits non-zero when a test failed, when a test file failed to run, when Vitest itself failed
// (its exit status, given as second argument), or when no test ran at all.
import { readFileSync } from 'node:fs';

const [file, vitestStatus = '0'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tests/summarize-results.mjs <vitest json report> [vitest exit status]');
  process.exit(2);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.log('0 passed, 1 failed');
  console.error(`No readable Vitest report at ${file}: ${e.message}`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const suite of report.testResults ?? []) {
  const cases = suite.assertionResults ?? [];
  for (const c of cases) {
    if (c.status === 'passed') passed++;
    else if (c.status === 'failed') failed++;
  }
  // A file that failed before running its tests (import error, failing beforeAll) has no failed
  // case of its own: count it once so that it cannot go unnoticed.
  if (suite.status === 'failed' && !cases.some((c) => c.status === 'failed')) {
    failed++;
    console.error(`Test file failed: ${suite.name}: ${(suite.message ?? '').split('\n')[0]}`);
  }
}
// Vitest failed without a failing test (an unhandled error, say): that is a failure too.
if (vitestStatus !== '0' && failed === 0) {
  failed++;
  console.error(`Vitest exited with status ${vitestStatus} although no test case failed (see its output above).`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
