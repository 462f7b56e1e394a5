import { readCorpus } from '../lib/cli/corpus';
import { analyze } from '../lib/analyze';
import { claimFrame } from '../lib/subject/claims';
const dir = process.argv[2] ?? '/work/main/public/corpus';
for (const doc of readCorpus(dir)) {
  const an = analyze(doc.text, { lang: doc.lang, title: doc.title });
  const ms = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
  console.log('==', doc.id, doc.lang);
  for (const m of ms) {
    const t = claimFrame(an, m, ms);
    const top = t ? [...t.frame.cues].sort((a,b)=>b[1]-a[1]).slice(0,6).map(([c,w])=>`${c}:${w.toFixed(2)}`).join(' ') : '';
    console.log(m.kind.padEnd(6), JSON.stringify(an.text.slice(m.start, m.end)).padEnd(28), t ? `${t.frame.governing ?? '-'}@${t.frame.governingDistance ?? ''} ${t.frame.temporal ?? ''} «${t.label}» ${top}` : 'x');
  }
}
