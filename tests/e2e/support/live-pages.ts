// The pages of the reading scenario (issue 5), written to a temporary folder at test time: the
// sample article with conflicts, the same on a dark background, an article added after load, an
// article re-rendered by Preact after hydration, and a ~5 MB page.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureHtml, ROOT } from './paths';

/** The sample page with three values changed: a date range, a day and a surname (twice). */
export function conflictsHtml(): string {
  return fixtureHtml('001-en.html')
    .replaceAll('October 25-26', 'October 27-28')
    .replaceAll('Vienna on May 19', 'Vienna on May 21')
    .replaceAll('Le Thi Thu Hang', 'La Thi Thu Hang')
    // Page CSS the card must not inherit (the page has no such elements of its own).
    .replace('</style>', '  h3, q, blockquote, section { color: rgb(200, 0, 200) !important; text-transform: uppercase !important; letter-spacing: 4px !important; }\n</style>');
}

/** The <article>…</article> of a page. */
export function articleOf(html: string): string {
  const m = /<article>[\s\S]*<\/article>/.exec(html);
  if (!m) throw new Error('no <article> in the page');
  return m[0];
}

function darkHtml(): string {
  return conflictsHtml()
    .replace('color: #222; background: #fff;', 'color: #e6e6e6; background: #121212;')
    .replace('.source { color: #666;', '.source { color: #9a9a9a;');
}

/** The page's shell without the article; a script adds the article 400 ms after the load event. */
function lateHtml(): string {
  const html = conflictsHtml();
  const article = articleOf(html);
  return html.replace(
    article,
    `<main id="root"></main>
<script>
addEventListener('load', () => setTimeout(() => {
  document.getElementById('root').insertAdjacentHTML('beforeend', ${JSON.stringify(article)});
  window.__added = true;
}, 400));
</script>`,
  );
}

/**
 * The article as server-rendered HTML, hydrated by Preact, then rendered again under a new key
 * (so Preact drops the article's nodes and creates new ones), as frameworks do after hydration.
 */
function preactHtml(): string {
  const html = conflictsHtml();
  const article = articleOf(html);
  const paras = [...article.matchAll(/<(h1|p)( class="source")?>([\s\S]*?)<\/\1>/g)].map((m) => ({
    tag: m[1],
    cls: m[2] ? 'source' : undefined,
    // The text as the browser decodes it (the fixture's entities are &quot; &#39; and &amp;).
    text: m[3].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  }));
  const ssr = `<div id="app"><article>${paras
    .map((p) => `<${p.tag}${p.cls ? ` class="${p.cls}"` : ''}>${escapeHtml(p.text)}</${p.tag}>`)
    .join('')}</article></div>`;
  return html.replace(
    article,
    `${ssr}
<script type="application/json" id="data">${JSON.stringify(paras).replace(/</g, '\\u003c')}</script>
<script type="module">
import { h, hydrate, Component } from './preact.module.js';
const paras = JSON.parse(document.getElementById('data').textContent);
class App extends Component {
  constructor() { super(); this.state = { version: 0 }; }
  componentDidMount() { setTimeout(() => this.setState({ version: 1 }), 600); }
  componentDidUpdate() { window.__rerendered = this.state.version; }
  render() {
    return h('article', { key: this.state.version },
      paras.map((p, i) => h(p.tag, { key: i, class: p.cls }, p.text)));
  }
}
hydrate(h(App), document.getElementById('app'));
window.__hydrated = true;
</script>`,
  );
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** About `bytes` of HTML: the article's paragraphs repeated in numbered sections. */
function bigHtml(bytes: number): string {
  const html = conflictsHtml();
  const article = articleOf(html);
  const body = article.replace(/^<article>|<\/article>$/g, '');
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const part = `<div class="part"><h2>Part ${i}</h2>${body}</div>\n`;
    parts.push(part);
    size += part.length;
  }
  return html.replace(article, `<article>${parts.join('')}</article>`);
}

export interface LivePages {
  dir: string;
  files: { conflicts: string; dark: string; late: string; preact: string; big: string };
  /** Sizes in bytes, for the log. */
  bigBytes: number;
}

export function writeLivePages(): LivePages {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-live-pages-'));
  const big = bigHtml(5 * 1024 * 1024);
  const files = { conflicts: 'conflicts.html', dark: 'dark.html', late: 'late.html', preact: 'preact.html', big: 'big.html' };
  writeFileSync(join(dir, files.conflicts), conflictsHtml());
  writeFileSync(join(dir, files.dark), darkHtml());
  writeFileSync(join(dir, files.late), lateHtml());
  writeFileSync(join(dir, files.preact), preactHtml());
  writeFileSync(join(dir, files.big), big);
  copyFileSync(join(ROOT, 'node_modules/preact/dist/preact.module.js'), join(dir, 'preact.module.js'));
  return { dir, files, bigBytes: Buffer.byteLength(big) };
}
