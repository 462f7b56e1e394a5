// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pointAt, rangeFor, readPageText } from '../../../lib/dom/page-text';

// happy-dom computes no layout; hidden elements are told apart by attribute and inline style.
const hidden = (el: Element) => (el as HTMLElement).hidden || (el as HTMLElement).style?.display === 'none';

function page(html: string) {
  document.body.innerHTML = html;
  return readPageText(document.body, hidden);
}

describe('readPageText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline text and separates blocks with a line break', () => {
    const { text } = page('<article><h1>Title</h1><p>Led by <b>Le Thi</b> Thu Hang.</p><p>Next</p></article>');
    expect(text).toBe('Title\nLed by Le Thi Thu Hang.\nNext');
  });

  it('breaks at <br> and where a block ends inside its parent', () => {
    expect(page('<p>one<br>two</p>').text).toBe('one\ntwo');
    expect(page('<div><p>inner</p>tail</div>').text).toBe('inner\ntail');
  });

  it('skips scripts, styles, form fields, editable regions and hidden elements', () => {
    const { text } = page(`
      <p>visible</p>
      <script>var x = "Antonio Guterres"</script><style>p{}</style><noscript>no js</noscript>
      <textarea>typed</textarea><input value="input"><select><option>opt</option></select>
      <div contenteditable="true">editing</div><div contenteditable="plaintext-only">plain</div>
      <div hidden>hidden attr</div><div style="display:none">display none</div>
      <p>end</p>`);
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['visible', 'end']);
  });

  it('keeps a contenteditable="false" island readable', () => {
    expect(page('<div contenteditable="false">kept</div>').text).toBe('kept');
  });

  it('maps every character back to its text node', () => {
    const p = page('<p>Hello <i>big</i> world</p><p>again</p>');
    for (const seg of p.segments) {
      expect(p.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
    }
  });
});

describe('ranges from offsets', () => {
  it('places a range inside one node', () => {
    const p = page('<p>Deputy Minister Le Thi Thu Hang spoke</p>');
    const start = p.text.indexOf('Le Thi');
    const range = rangeFor(p, start, start + 'Le Thi Thu Hang'.length)!;
    expect(range.toString()).toBe('Le Thi Thu Hang');
  });

  it('places a range across inline elements', () => {
    const p = page('<p>led by <b>Le Thi</b> <i>Thu Hang</i>.</p>');
    const start = p.text.indexOf('Le');
    const range = rangeFor(p, start, start + 'Le Thi Thu Hang'.length)!;
    expect(range.toString()).toBe('Le Thi Thu Hang');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
    expect(range.endContainer.parentElement!.tagName).toBe('I');
  });

  it('an end on a node boundary stays in the node it closes; a start on a separator moves to the next node', () => {
    const p = page('<p>first</p><p>second</p>');
    expect(pointAt(p, 5, 'end')).toMatchObject({ offset: 5 });
    expect(pointAt(p, 5, 'end')!.node.data).toBe('first');
    expect(pointAt(p, 5, 'start')!.node.data).toBe('second');
    expect(pointAt(p, 5, 'start')!.offset).toBe(0);
  });

  it('refuses empty, reversed and out-of-text spans', () => {
    const p = page('<p>abc</p>');
    expect(rangeFor(p, 1, 1)).toBeNull();
    expect(rangeFor(p, 2, 1)).toBeNull();
    expect(rangeFor(p, 0, 10)).toBeNull();
    expect(rangeFor(p, -1, 2)).toBeNull();
    expect(rangeFor(readPageText(document.createElement('div')), 0, 1)).toBeNull();
  });
});
