import { readFileSync } from 'node:fs';
import { expectedMarks } from './e2e/support/expected';
for (const f of ['001-en.html', '001-en.p07.html', '022-fr.html', '028-vi.html', 'user-fact.html']) {
  const e = expectedMarks(readFileSync(`tests/fixtures/pages/${f}`, 'utf8'));
  console.log(f, e.findings.map((x) => `${x.verdict[0]}:${x.text}`).join(' | '));
}
import { conflictsHtml } from './e2e/support/live-pages';
const e = expectedMarks(conflictsHtml());
console.log('conflicts.html', e.findings.map((x) => `${x.verdict[0]}:${x.text}:${x.score}`).join(' | '));
