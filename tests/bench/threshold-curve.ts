// The conflict threshold's precision/recall curve over the shared labelled sets (../shared/eval):
// every conflict the checker scores, painted or not (withPossible), held against the gold spans
// the way ../shared/eval/score.mjs holds them (overlap, same verdict; 'ignore' spans neutral), for
// thresholds from 0.3 to 0.9. Prints one table per set and the combined one.
//   npx tsx tests/bench/threshold-curve.ts [EVAL_DIR]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkText, compileMatcher } from '../../lib/index';
import { buildFactBase } from '../../lib/index';
import { readCorpus } from '../../lib/cli/corpus';

const evalDir = resolve(process.argv[2] ?? '../shared/eval');
if (!existsSync(evalDir)) {
  console.log(`threshold curve: no labelled data at ${evalDir}; skipped`);
  process.exit(0);
}
const sets = [
  ['natural', join(evalDir, 'pages'), join(evalDir, 'gold')],
  ['perturbed', join(evalDir, 'perturbed/pages'), join(evalDir, 'perturbed/gold')],
  ['unrelated', join(evalDir, 'unrelated/pages'), join(evalDir, 'unrelated/gold')],
] as const;

interface Span { start: number; end: number; verdict?: string }
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const matcher = compileMatcher(buildFactBase(readCorpus('public/corpus')).facts);
const thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.95];

type Row = { tp: number; fp: number; gold: number; found: Set<string> };
const total = thresholds.map(() => ({ tp: 0, fp: 0, gold: 0, found: new Set<string>() }) as Row);
for (const [name, pages, golds] of sets) {
  if (!existsSync(golds)) continue;
  const rows = thresholds.map(() => ({ tp: 0, fp: 0, gold: 0, found: new Set<string>() }) as Row);
  for (const file of readdirSync(golds).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(golds, file), 'utf8'));
    const text = readFileSync(join(pages, g.file), 'utf8');
    const conflicts = checkText(matcher, text, { withPossible: true }).filter((f) => f.verdict === 'conflict');
    const spans: Span[] = g.spans ?? [];
    const goldC = spans.filter((s) => s.verdict === 'conflict');
    if (process.env.CURVE_SHOW) {
      const lo = Number(process.env.CURVE_SHOW);
      for (const p of conflicts) if ((p.score ?? 1) >= lo && !goldC.some((s) => overlaps(p, s))) console.log(`  false ${name} ${file} ${p.score} "${p.text}" ${p.factId} — ${JSON.stringify(text.slice(Math.max(0, p.start - 80), p.end + 40))}`);
    }
    thresholds.forEach((t, i) => {
      const painted = conflicts.filter((f) => (f.score ?? 1) >= t);
      for (const [k, s] of goldC.entries()) if (painted.some((p) => overlaps(p, s))) rows[i].found.add(`${file}:${k}`);
      rows[i].gold += goldC.length;
      for (const p of painted) {
        if (goldC.some((s) => overlaps(p, s))) rows[i].tp++;
        else if (!spans.some((s) => s.verdict === 'ignore' && overlaps(p, s))) rows[i].fp++;
      }
    });
  }
  print(name, rows);
  rows.forEach((r, i) => {
    total[i].tp += r.tp;
    total[i].fp += r.fp;
    total[i].gold += r.gold;
    for (const k of r.found) total[i].found.add(`${name}:${k}`);
  });
}
print('all sets', total);

function print(name: string, rows: Row[]) {
  console.log(`\n${name}: conflict threshold → precision / recall (painted, false)`);
  console.log('| threshold | precision | recall | painted | false |');
  console.log('|---|---|---|---|---|');
  rows.forEach((r, i) => {
    const p = r.tp + r.fp ? (r.tp / (r.tp + r.fp)).toFixed(3) : '—';
    const rec = r.gold ? (r.found.size / r.gold).toFixed(3) : '—';
    console.log(`| ${thresholds[i].toFixed(2)} | ${p} | ${rec} | ${r.tp + r.fp} | ${r.fp} |`);
  });
}
