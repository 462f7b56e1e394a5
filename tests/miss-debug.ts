// debugging aid (not committed): why gold spans are missed
import { readFileSync, readdirSync } from 'node:fs';
import { buildFactBase, compileMatcher, checkText } from '../lib/index';
import { readCorpus } from '../lib/cli/corpus';
import { analyze, sentenceAt } from '../lib/analyze';
import { frameOf } from '../lib/subject/frame';
const [pages, golds, want = 'match', kind = ''] = process.argv.slice(2);
const m = compileMatcher(buildFactBase(readCorpus('public/corpus')).facts);
for (const gf of readdirSync(golds).sort()) {
  const g = JSON.parse(readFileSync(`${golds}/${gf}`, 'utf8'));
  const text = readFileSync(`${pages}/${g.file}`, 'utf8');
  const found = checkText(m, text);
  const an = analyze(text);
  const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
  for (const s of g.spans) {
    if (s.verdict !== want || (kind && s.kind !== kind)) continue;
    if (found.some((f) => f.verdict === want && f.start < s.end && s.start < f.end)) continue;
    const v = all.find((x) => x.start < s.end && s.start < x.end);
    const sent = sentenceAt(an, s.start);
    let info = 'NOT EXTRACTED';
    if (v && sent) {
      const others = all.filter((o) => o !== v && o.start >= sent.start && o.end <= sent.end).map((o) => ({ start: o.start, end: o.end, rival: o.kind === v.kind }));
      const fr = frameOf({ text, start: v.start, end: v.end, from: sent.start, to: sent.end, others });
      const attr = v.kind === 'figure' ? `figure:${(v as any).unit}` : v.kind;
      const ranked = (m.byAttr.get(attr) ?? []).map((f) => `${f.id.slice(0, 30)}=${m.subjects.score(fr, f.id).toFixed(2)}`).sort((a, b) => Number(b.split('=')[1]) - Number(a.split('=')[1])).slice(0, 2);
      info = `${attr} gov=${fr.governing}@${fr.governingDistance?.toFixed(1)} tmp=${fr.temporal ?? ''} ${ranked.join(' ')}`;
    }
    console.log(`${g.file} "${s.text}" [${s.fact}] ${info}\n    ${sent ? JSON.stringify(text.slice(sent.start, sent.end).slice(0, 220)) : ''}`);
  }
}
