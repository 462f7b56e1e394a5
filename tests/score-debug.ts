import { buildFactBase, checkText, compileMatcher } from '../lib/index';
import { readCorpus } from '../lib/cli/corpus';
import { analyze } from '../lib/analyze';
import { frameOf } from '../lib/subject/frame';
const facts = buildFactBase(readCorpus('public/corpus')).facts;
const m = compileMatcher(facts);
for (const t of process.argv.slice(2)) {
  const an = analyze(t);
  const all = [...an.dates, ...an.figures, ...an.places];
  for (const v of all) {
    const fr = frameOf({ text: t, start: v.start, end: v.end, others: all.filter((x) => x !== v) });
    const attr = v.kind === 'figure' ? `figure:${v.unit}` : v.kind;
    const ranked = (m.byAttr.get(attr) ?? []).map((f) => [f.id, m.subjects.score(fr, f.id).toFixed(2)]).sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, 3);
    console.log(JSON.stringify(t.slice(v.start, v.end)), fr.governing, fr.governingDistance, fr.temporal ?? '', JSON.stringify(ranked));
  }
  console.log(checkText(m, t, { withPossible: true }).map((f) => `${f.verdict}${f.possible ? '?' : ''}:${f.text}:${f.score}`));
}
const f = facts.find((x) => x.id.startsWith('date.le-mo'));
console.log(f?.sources.map((s) => s.doc + ' ' + s.quote.slice(0, 120)));
