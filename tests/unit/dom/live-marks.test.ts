// @vitest-environment happy-dom
// The live page's reader: it reads what readPageText reads (cut in chunks at block boundaries,
// each node once, never the extension's own host).
import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../lib/dom/page-text';
import { hiddenByMarkup, SlicedTextReader } from '../../../lib/dom/text-reader';

const hiddenAttr = (el: Element) => el.hasAttribute('hidden');

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('SlicedTextReader', () => {
  const html =
    '<article><h1>Title here</h1><p>One <b>bold</b> line<br>after a break</p><p>Two</p>' +
    '<div hidden>secret</div><textarea>typed</textarea><p contenteditable>edit</p><script>x=1</script><p>Three</p>' +
    Array.from({ length: 40 }, (_, i) => `<p>Line <i>${i}</i></p>`).join('') +
    '</article>';

  it('reads the same text as readPageText when the page fits in one chunk, even over many slices', () => {
    const root = page(html);
    const reader = new SlicedTextReader(root, { seen: new WeakSet(), hidden: hiddenAttr });
    const chunks = [];
    let slices = 0;
    while (!reader.done) {
      chunks.push(...reader.step(() => true));
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].text).toBe(readPageText(root, hiddenAttr).text);
    expect(chunks[0].text).not.toMatch(/secret|typed|edit|x=1/);
  });

  it('cuts long text into chunks at block boundaries whose texts join to the whole', () => {
    const root = page(Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i} with some words.</p>`).join(''));
    const reader = new SlicedTextReader(root, { seen: new WeakSet(), hidden: hiddenAttr, chunkChars: 200, wholeChars: 0 });
    const chunks = reader.step(() => false);
    expect(reader.done).toBe(true);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.text.startsWith('Paragraph number ')).toBe(true);
    expect(chunks.map((c) => c.text).join('\n')).toBe(readPageText(root, hiddenAttr).text);
  });

  /** Each segment's node holds the chunk's text at the segment's start. */
  const consistent = (c: { text: string; segments: { start: number; node: Text }[] }) =>
    c.segments.every((s) => c.text.slice(s.start, s.start + s.node.data.length) === s.node.data);

  it('reads a text up to wholeChars as one chunk, and cuts a longer one (once it proves longer) into chunkChars chunks', () => {
    const para = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph number ${i} with <b>some</b> words.</p>`).join('');
    // 20 paragraphs of ~38 characters: ~770 characters, under wholeChars.
    const short = page(para(20));
    const one = new SlicedTextReader(short, { seen: new WeakSet(), hidden: hiddenAttr, chunkChars: 100, wholeChars: 1000 }).step(() => false);
    expect(one).toHaveLength(1);
    expect(one[0].text).toBe(readPageText(short, hiddenAttr).text);
    // 120 paragraphs: over wholeChars, so cut in ~100-character chunks, read over many slices.
    const long = page(para(120));
    const reader = new SlicedTextReader(long, { seen: new WeakSet(), hidden: hiddenAttr, chunkChars: 100, wholeChars: 1000 });
    const chunks = [];
    while (!reader.done) chunks.push(...reader.step(() => true));
    expect(chunks.length).toBeGreaterThan(30);
    for (const c of chunks) {
      expect(c.text.startsWith('Paragraph number ')).toBe(true);
      expect(c.text.length).toBeLessThan(100 + 60);
      expect(consistent(c)).toBe(true);
    }
    expect(chunks.map((c) => c.text).join('\n')).toBe(readPageText(long, hiddenAttr).text);
  });

  it('never reads a text node twice, and skips the extension’s own host', () => {
    const root = page('<p>First</p><factlens-card><p>card text</p></factlens-card>');
    const seen = new WeakSet<Text>();
    const ignore = (el: Element) => el.localName === 'factlens-card';
    const first = new SlicedTextReader(root, { seen, hidden: hiddenAttr, ignore }).step(() => false);
    expect(first.map((c) => c.text)).toEqual(['First']);
    const p = document.createElement('p');
    p.textContent = 'Added later';
    root.append(p);
    // The body queued again (a mutation on it) yields only the new node.
    const again = new SlicedTextReader(root, { seen, hidden: hiddenAttr, ignore }).step(() => false);
    expect(again.map((c) => c.text)).toEqual(['Added later']);
    expect(new SlicedTextReader(p, { seen, hidden: hiddenAttr, ignore }).step(() => false)).toEqual([]);
    // A node added inside the host is not read at all.
    const inHost = root.querySelector('factlens-card p')!;
    expect(new SlicedTextReader(inHost, { seen, hidden: hiddenAttr, ignore }).step(() => false)).toEqual([]);
  });
});

describe('hiddenByMarkup', () => {
  it('is the hidden attribute or an inline display: none, without asking every element for its style object', () => {
    const root = page(
      '<p id="a">shown</p><p id="b" hidden>attr</p><p id="c" style="display: none">inline</p>' +
        '<p id="d" style="color: red;display:none">second</p><p id="e" style="color: red">red</p><p id="f" style="display: block">block</p>',
    );
    const hidden = (id: string) => hiddenByMarkup(root.querySelector(`#${id}`)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(hidden)).toEqual([false, true, true, true, false, false]);
    // Only an element whose style attribute names display is asked for its style.
    const asked: string[] = [];
    for (const el of root.querySelectorAll('p')) {
      const style = (el as HTMLElement).style;
      Object.defineProperty(el, 'style', { get: () => (asked.push(el.id), style) });
    }
    ['a', 'b', 'c', 'd', 'e', 'f'].map(hidden);
    expect(asked).toEqual(['c', 'd', 'f']);
  });
});
