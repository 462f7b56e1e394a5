// Reads what a reader sees of a page as one string, with a map from string offsets back to text
// nodes. The page is only read, never changed.
import { partitionPoint } from '../sorted';

export interface TextSegment {
  /** Offset of the node's first character in PageText.text. */
  start: number;
  node: Text;
}

export interface PageText {
  text: string;
  /** Ordered by start; node.data occupies text[start, start + node.data.length). */
  segments: TextSegment[];
}

/** Elements whose text a reader does not read as page content (or that the user is typing in). */
export const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE',
  'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Elements that start a new line: text on either side must not run together ("Hang" + "The"). */
export const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

export function isEditable(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** Hidden by the hidden attribute or by CSS (display: none, visibility: hidden, content-visibility: hidden). */
export function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

export function blockOf(node: Node, root: Node): Node {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCKS.has((n as Element).tagName.toUpperCase())) return n;
  }
  return root;
}

export function readPageText(root: Node, hidden: (el: Element) => boolean = isHidden): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (SKIPPED.has(el.tagName.toUpperCase()) || isEditable(el) || hidden(el)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'BR') pendingBreak = true;
      continue;
    }
    const textNode = node as Text;
    if (!textNode.data) continue;
    const block = blockOf(textNode, root);
    if (length > 0 && (pendingBreak || block !== lastBlock)) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    lastBlock = block;
    segments.push({ start: length, node: textNode });
    parts.push(textNode.data);
    length += textNode.data.length;
  }
  return { text: parts.join(''), segments };
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the last segment whose start is <= offset (or < offset when `strict`), -1 if none. */
function segmentIndex(segments: readonly TextSegment[], offset: number, strict: boolean): number {
  return partitionPoint(segments.length, (i) => (strict ? segments[i].start < offset : segments[i].start <= offset)) - 1;
}

/**
 * Maps a text offset to a DOM point. A start offset that falls on a separator moves to the next
 * node; an end offset is placed at the end of the node it closes. Returns null when the offset is
 * outside the text or the node has changed since it was read.
 */
export function pointAt(page: PageText, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const { segments } = page;
  if (offset < 0 || offset > page.text.length) return null;
  let i = segmentIndex(segments, offset, edge === 'end');
  if (i < 0) {
    if (edge === 'end' || segments.length === 0) return null;
    i = 0;
  }
  const { node, start } = segments[i];
  const local = offset - start;
  if (edge === 'end') return { node, offset: Math.min(local, node.data.length) };
  if (local < node.data.length) return { node, offset: local };
  // A start at the end of this node (on a separator): the range begins with the next node.
  const next = segments[i + 1];
  return next ? { node: next.node, offset: 0 } : null;
}

/** A DOM Range over text[start, end), or null when it cannot be placed. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const a = pointAt(page, start, 'start');
  const b = pointAt(page, end, 'end');
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null; // a node left the document since it was read
  }
  return range.collapsed ? null : range;
}
