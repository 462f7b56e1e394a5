// What the content script should paint, computed in Node by the engine itself: the page's HTML is
// parsed with happy-dom, its text read by the content script's own readPageText, and checked with
// checkText against the fact base built from the packaged corpus (what the CLI does by default).
import { Window } from 'happy-dom';
import { readCorpus } from '@/lib/cli/corpus';
import { readPageText } from '@/lib/dom/page-text';
import { buildFactBase, checkText, compileMatcher, detectLang } from '@/lib/index';
import type { Finding } from '@/lib/model';
import { ROOT } from './paths';

/** A mark as both sides can describe it: verdict, text, and where it starts (child-index path from the root, offset). */
export interface MarkKey {
  verdict: string;
  text: string;
  path: number[];
  offset: number;
}

let matcher: ReturnType<typeof compileMatcher> | null = null;
function engine() {
  matcher ??= compileMatcher(buildFactBase(readCorpus(`${ROOT}public/corpus`)).facts);
  return matcher;
}

function pathFrom(root: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    path.unshift(Array.prototype.indexOf.call(n.parentNode!.childNodes, n));
  }
  return path;
}

/**
 * The findings for the text the content script reads under `rootSelector` of `html` (the body, or
 * an article added later), with their start positions in the DOM.
 */
export function expectedMarks(html: string, rootSelector = 'body'): { text: string; findings: Finding[]; marks: MarkKey[] } {
  const win = new Window({ url: 'http://127.0.0.1/' });
  const g = globalThis as unknown as { NodeFilter?: unknown };
  const saved = g.NodeFilter;
  g.NodeFilter = win.NodeFilter;
  try {
    const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const root = doc.querySelector(rootSelector)!;
    // Pages mark hidden parts with the hidden attribute only (no CSS to compute here).
    const page = readPageText(root, (el) => el.hasAttribute('hidden'));
    const findings = checkText(engine(), page.text, { lang: detectLang(page.text) });
    const marks = findings.map((f) => {
      const i = page.segments.findLastIndex((s) => s.start <= f.start);
      let seg = page.segments[i];
      let offset = f.start - seg.start;
      if (offset >= seg.node.data.length) {
        seg = page.segments[i + 1];
        offset = 0;
      }
      return { verdict: f.verdict, text: f.text, path: pathFrom(root, seg.node), offset };
    });
    return { text: page.text, findings, marks };
  } finally {
    g.NodeFilter = saved;
    void win.happyDOM.close();
  }
}
