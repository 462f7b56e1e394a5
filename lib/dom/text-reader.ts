// Reads a subtree's text like readPageText, but in slices: step() stops when its time is up and
// resumes where it left off, and the text is cut into chunks at block boundaries so that no single
// check (or message) grows with the page. Text nodes already read are skipped, so a node added
// again by a mutation is never checked twice.
import { blockOf, SKIPPED, type PageText, type TextSegment } from './page-text';

export interface TextReaderOptions {
  /** Text nodes read before (by this or an earlier reader): skipped, then remembered. */
  seen: WeakSet<Text>;
  /** Subtrees to ignore entirely (the extension's own shadow host). */
  ignore?: (el: Element) => boolean;
  /** Default: hiddenByMarkup. */
  hidden?: (el: Element) => boolean;
  /** A chunk is closed at the first block boundary after this many characters… */
  chunkChars?: number;
  /** …except that a text no longer than this is read whole, as one chunk (default WHOLE_CHARS). */
  wholeChars?: number;
  /**
   * Called with each open shadow root met on the way (a web component's own text): the walker
   * does not enter it, so the caller reads it as a root of its own.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * The background answers each chunk with its findings, and each finding carries its fact's
 * sources and quotes (about 3 KB of JSON): Chromium deserializes a reply in one task of the page's
 * main thread, 60-200 ms for the ~1,100 findings of a 200,000-character chunk of the 5 MB page,
 * still 50-75 ms at 50,000 characters on the test machine; at 25,000 no reply took over 50 ms
 * (tests/bench/reading-longtasks.ts). A chunk is closed at a block boundary, and a page's later
 * chunks are sent as `continued`.
 */
export const DEFAULT_CHUNK_CHARS = 25_000;

/**
 * A page whose text is at most this long is checked in one piece, as the CLI checks a file (the
 * engine reads a chunk on its own: its language, topic and subjects). Only longer pages are cut
 * into DEFAULT_CHUNK_CHARS chunks, once this much has been read.
 */
export const WHOLE_CHARS = 200_000;

/**
 * Editable by its own attribute (contenteditable is inherited, and the walker skips the whole
 * subtree of an editable element). Unlike isContentEditable, reading an attribute never makes the
 * browser compute styles.
 */
function editableByAttribute(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/**
 * Hidden without asking the browser for styles: the hidden attribute or an inline display: none.
 * Elements hidden by style sheets are read too, and their marks dropped when painted (see
 * PageMarker): asking for computed styles while reading made Chromium recompute the styles of a
 * 5 MB page inside our slices (200-500 ms tasks).
 */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Only an element with a style attribute can have an inline display: none. Reading `el.style`
  // of every element made Chromium create a style declaration object (and rare data) for each
  // one of a big page, which the garbage collector then traced during our slices.
  const inline = el.getAttribute('style');
  return inline !== null && /display/i.test(inline) && (el as HTMLElement).style?.display === 'none';
}

function excluded(el: Element, hidden: (el: Element) => boolean, ignore?: (el: Element) => boolean): boolean {
  return SKIPPED.has(el.tagName.toUpperCase()) || editableByAttribute(el) || hidden(el) || !!ignore?.(el);
}

export class SlicedTextReader {
  private readonly walker: TreeWalker | null;
  private readonly hidden: (el: Element) => boolean;
  private readonly chunkChars: number;
  private readonly wholeChars: number;
  /** Still reading the first wholeChars characters: nothing is sent until the page proves longer. */
  private whole = true;
  /** Where the text read so far may be cut, should it prove longer than wholeChars. */
  private cuts: { part: number; segment: number; length: number }[] = [];
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private lastBlock: Node | null = null;
  private pendingBreak = false;
  private single: Text | null = null;
  done = false;

  constructor(
    private readonly root: Node,
    private readonly opts: TextReaderOptions,
  ) {
    this.hidden = opts.hidden ?? hiddenByMarkup;
    this.chunkChars = opts.chunkChars ?? DEFAULT_CHUNK_CHARS;
    this.wholeChars = opts.wholeChars ?? WHOLE_CHARS;
    this.whole = this.wholeChars > this.chunkChars;
    const doc = root.ownerDocument ?? (root as Document);
    // A root inside something that is never read (a script, a form field, a hidden element, our host) is not read either.
    for (let n: Node | null = root.nodeType === 1 ? root : root.parentNode; n && n.nodeType === 1; n = n.parentNode) {
      if (excluded(n as Element, this.hidden, opts.ignore)) {
        this.walker = null;
        this.done = true;
        return;
      }
    }
    if (!root.isConnected) {
      this.walker = null;
      this.done = true;
      return;
    }
    if (root.nodeType === 3) {
      this.single = root as Text;
      this.walker = null;
      return;
    }
    const { hidden, opts: o } = this;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
        if (excluded(node as Element, hidden, o.ignore)) return NodeFilter.FILTER_REJECT;
        const shadow = o.onShadowRoot && (node as Element).shadowRoot;
        if (shadow) o.onShadowRoot!(shadow);
        return NodeFilter.FILTER_ACCEPT;
      },
    });
  }

  private flush(out: PageText[]) {
    if (this.segments.length) out.push({ text: this.parts.join(''), segments: this.segments });
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.lastBlock = null;
    this.pendingBreak = false;
  }

  /** Sends the text read so far as chunks, cut where `cuts` says (the page proved long). */
  private split(out: PageText[]) {
    const { parts, segments } = this;
    let part = 0;
    let segment = 0;
    let start = 0;
    for (const cut of [...this.cuts, { part: parts.length, segment: segments.length, length: this.length }]) {
      if (cut.segment > segment) {
        out.push({
          text: parts.slice(part, cut.part).join(''),
          segments: segments.slice(segment, cut.segment).map((s) => ({ start: s.start - start, node: s.node })),
        });
      }
      // Past the cut: the '\n' that separated the two blocks is in neither chunk.
      part = cut.part + 1;
      segment = cut.segment;
      start = cut.length + 1;
    }
    this.cuts = [];
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.lastBlock = null;
    this.pendingBreak = false;
  }

  private take(textNode: Text, out: PageText[]) {
    if (!textNode.data || this.opts.seen.has(textNode)) return;
    this.opts.seen.add(textNode);
    const block = blockOf(textNode, this.root);
    const newBlock = this.pendingBreak || block !== this.lastBlock;
    if (this.whole) {
      if (newBlock && this.length >= this.wholeChars) {
        // Longer than a page read whole: from here on, chunks of chunkChars.
        this.whole = false;
        this.split(out);
      } else if (newBlock && this.length - (this.cuts.at(-1)?.length ?? 0) >= this.chunkChars) {
        this.cuts.push({ part: this.parts.length, segment: this.segments.length, length: this.length });
      }
    } else if (this.length >= this.chunkChars && newBlock) this.flush(out);
    if (this.length > 0 && newBlock) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.pendingBreak = false;
    this.lastBlock = block;
    this.segments.push({ start: this.length, node: textNode });
    this.parts.push(textNode.data);
    this.length += textNode.data.length;
  }

  /** Reads until `timeUp()` says stop (checked every few nodes); returns the chunks completed. */
  step(timeUp: () => boolean): PageText[] {
    const out: PageText[] = [];
    if (this.done) return out;
    if (this.single) {
      this.take(this.single, out);
      this.done = true;
      this.flush(out);
      return out;
    }
    const walker = this.walker!;
    for (let i = 0; ; i++) {
      if ((i & 31) === 31 && timeUp()) return out;
      const node = walker.nextNode();
      if (!node) break;
      if (node.nodeType === 1) {
        if ((node as Element).tagName.toUpperCase() === 'BR') this.pendingBreak = true;
        continue;
      }
      this.take(node as Text, out);
    }
    this.done = true;
    this.flush(out);
    return out;
  }
}

