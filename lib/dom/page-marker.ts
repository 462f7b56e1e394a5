// Marks a live page and keeps marking it as it changes. A MutationObserver only queues what was
// added; the work (read the text, have it checked, paint) runs in idle slices of a few
// milliseconds each, so no task the extension causes grows with the page. Text nodes are read
// once; the extension's own shadow host is never read.
import type { CheckPageRequest } from '../ext/messaging';
import type { Finding } from '../model';
import { MarkStore, type Mark } from './marks';
import { isHidden, rangeFor, type PageText } from './page-text';

const isVisible = (el: Element) => !isHidden(el);

/** The words under a range are the finding's (the page text puts a line break between blocks; the range has none). */
function sameWords(live: string, checked: string): boolean {
  return live === checked || live.replace(/\s+/g, '') === checked.replace(/\s+/g, '');
}
import { SlicedTextReader } from './text-reader';

/** Time one slice may take; with the browser's own work a task stays well under 50 ms. */
export const SLICE_MS = 12;

/**
 * Edited text is read again at most this often: a node a page rewrites every few milliseconds
 * (a clock, a ticker) costs one check per interval, with all its edits of that time together.
 */
export const EDIT_COALESCE_MS = 500;

/** How often the marks are checked to be still in CSS.highlights (a page can delete or empty them). */
export const REPAIR_MS = 1000;

export interface Slicer {
  /** Runs `work` when the page is idle (or soon, where requestIdleCallback is missing). */
  schedule(work: () => void): void;
}

export function idleSlicer(win: Window & typeof globalThis = window): Slicer {
  return {
    schedule(work) {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => work(), { timeout: 300 });
      else win.setTimeout(work, 0);
    },
  };
}

export interface PageMarkerOptions {
  /** Has a chunk checked (by the background); resolves to its findings. */
  check(req: CheckPageRequest): Promise<{ findings: Finding[] }>;
  /** The extension's own elements (the card's shadow host): never read, their mutations ignored. */
  isOwn(el: Element): boolean;
  /** Called whenever the counts or the status change. */
  onChange?(state: { checking: boolean; matches: number; conflicts: number; error?: string }): void;
  slicer?: Slicer;
  chunkChars?: number;
  /** Hidden while reading (default: hiddenByMarkup, which needs no styles). */
  hidden?(el: Element): boolean;
  /** Is a marked text's element shown (asked when painting; default: not isHidden)? */
  visible?(el: Element): boolean;
  /**
   * An open shadow root was found and will be read: document style sheets do not reach into it,
   * so the ::highlight() styles must be given to it (the content script adopts a sheet there).
   */
  onShadowRoot?(root: ShadowRoot): void;
}

export class PageMarker {
  readonly store = new MarkStore();
  private seen = new WeakSet<Text>();
  /** Open shadow roots already queued and observed. */
  private shadows = new WeakSet<ShadowRoot>();
  private readonly roots: Node[] = [];
  private reader: SlicedTextReader | null = null;
  private readonly toPaint: { page: PageText; findings: Finding[]; next: number }[] = [];
  private inFlight = 0;
  private scheduled = false;
  private running = false;
  private needsPrune = false;
  /** Text nodes whose text changed since the last slice: their marks go, they are checked again. */
  private readonly edited = new Set<Node>();
  /** Edited text nodes waiting for the coalescing timer, and that timer. */
  private readonly editsWaiting = new Set<Text>();
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  private repairTimer: ReturnType<typeof setInterval> | undefined;
  /** How often the page took our highlights away and they were put back. */
  repairs = 0;
  private observer: MutationObserver | null = null;
  private readonly win: (Window & typeof globalThis) | null;
  private followQueued = false;
  private lastError: string | undefined;
  private generation = 0;
  private sentSinceStart = 0;
  private readonly slicer: Slicer;
  /** Time spent in slices, and the longest one (for the benchmarks). */
  readonly stats = { slices: 0, busyMs: 0, longestSliceMs: 0, longestReadMs: 0, longestPaintMs: 0, checks: 0, firstPaintAt: 0, idleAt: 0 };

  constructor(
    private readonly doc: Document,
    private readonly opts: PageMarkerOptions,
  ) {
    this.win = doc.defaultView as (Window & typeof globalThis) | null;
    this.slicer = opts.slicer ?? idleSlicer(this.win!);
  }

  /**
   * On a page with more marks than the store draws at once, the drawn window follows the
   * viewport: after a scroll (or resize), once per frame, and only while windowed.
   */
  private readonly follow = () => {
    if (this.followQueued || !this.running || !this.store.windowed || !this.win) return;
    this.followQueued = true;
    this.win.requestAnimationFrame(() => {
      this.followQueued = false;
      if (this.running) this.placeWindow();
    });
  };

  private placeWindow(): void {
    this.store.moveWindow(this.store.windowed ? this.store.nearViewport() : undefined);
  }

  get checking(): boolean {
    return this.running && (this.roots.length > 0 || !!this.reader || this.inFlight > 0 || this.toPaint.length > 0 || this.editsWaiting.size > 0);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    this.sentSinceStart = 0;
    this.store.reattach();
    this.roots.push(this.doc.body ?? this.doc.documentElement);
    this.observer = new MutationObserver((records) => this.queueMutations(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.win?.addEventListener('scroll', this.follow, { capture: true, passive: true });
    this.win?.addEventListener('resize', this.follow, { passive: true });
    this.repairTimer = setInterval(this.repair, REPAIR_MS);
    this.report();
    this.kick();
  }

  /** Puts the highlights back if the page removed or emptied them (not while the tab is hidden). */
  private readonly repair = () => {
    if (!this.running || this.doc.visibilityState === 'hidden') return;
    if (this.store.repair()) this.repairs++;
  };

  /** Stops observing and removes every mark; start() marks the page again from scratch. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.win?.removeEventListener('scroll', this.follow, { capture: true });
    this.win?.removeEventListener('resize', this.follow);
    clearInterval(this.repairTimer);
    clearTimeout(this.editTimer);
    this.editTimer = undefined;
    this.editsWaiting.clear();
    this.roots.length = 0;
    this.edited.clear();
    this.reader = null;
    this.toPaint.length = 0;
    this.inFlight = 0;
    this.seen = new WeakSet();
    this.shadows = new WeakSet();
    this.store.clear();
    this.report();
  }

  /** The observer's callback only records what to look at later. */
  private queueMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        // Edited text: its old marks may be gone; the node is read again as a new one.
        const node = r.target as Text;
        if (this.seen.has(node)) this.seen.delete(node);
        this.edited.add(node);
        this.editsWaiting.add(node);
        this.needsPrune = true;
        this.editTimer ??= setTimeout(this.readEdits, EDIT_COALESCE_MS);
        continue;
      }
      if (r.removedNodes.length) this.needsPrune = true;
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && this.opts.isOwn(n as Element)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) this.roots.push(n);
      }
    }
    this.kick();
  }

  /** A web component's open shadow root: read as a root of its own and watched for changes. */
  private readonly addShadow = (root: ShadowRoot) => {
    if (this.shadows.has(root) || !this.running) return;
    this.shadows.add(root);
    this.opts.onShadowRoot?.(root);
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    this.roots.push(root);
  };

  /** The text edited during the last EDIT_COALESCE_MS is read (and checked) once. */
  private readonly readEdits = () => {
    this.editTimer = undefined;
    if (!this.running) return;
    for (const node of this.editsWaiting) {
      this.seen.delete(node);
      this.roots.push(node);
    }
    this.editsWaiting.clear();
    this.kick();
  };

  private kick(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    this.slicer.schedule(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    if (!this.running) return;
    const t0 = performance.now();
    const timeUp = () => performance.now() - t0 > SLICE_MS;
    if (this.needsPrune) {
      this.needsPrune = false;
      const dropped = this.store.prune(this.edited);
      this.edited.clear();
      if (dropped) {
        this.placeWindow();
        this.report();
      }
    }
    // Read before painting: reading asks whether elements are hidden, which makes the browser
    // compute styles, and painting first would have it compute them again for the whole page
    // (Chromium invalidates styles when a highlight changes) inside this task.
    const tRead = performance.now();
    while (!timeUp() && (this.reader || this.roots.length)) {
      if (!this.reader) {
        const root = this.roots.shift()!;
        this.reader = new SlicedTextReader(root, {
          seen: this.seen,
          ignore: this.opts.isOwn,
          chunkChars: this.opts.chunkChars,
          hidden: this.opts.hidden,
          onShadowRoot: this.addShadow,
        });
      }
      for (const page of this.reader.step(timeUp)) this.send(page);
      if (this.reader.done) this.reader = null;
    }
    // Paint only once nothing is left to read: painting changes the highlights, which makes the
    // browser recompute styles, and the next hidden-element test would pay for that inside our task.
    const tPaint = performance.now();
    this.stats.longestReadMs = Math.max(this.stats.longestReadMs, tPaint - tRead);
    if (!this.reader && !this.roots.length) while (this.toPaint.length && !timeUp()) this.paintSome(timeUp);
    this.stats.longestPaintMs = Math.max(this.stats.longestPaintMs, performance.now() - tPaint);
    const ms = performance.now() - t0;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
    if (this.toPaint.length || this.reader || this.roots.length) this.kick();
    else if (!this.checking) {
      this.stats.idleAt = performance.now();
      this.report();
    }
  }

  private send(page: PageText): void {
    if (!page.text.trim()) return;
    const generation = this.generation;
    this.inFlight++;
    const continued = this.sentSinceStart++ > 0;
    this.stats.checks++;
    this.opts.check({ text: page.text, url: this.doc.location?.href ?? '', continued }).then(
      ({ findings }) => {
        if (generation !== this.generation) return;
        this.inFlight--;
        if (findings.length) this.toPaint.push({ page, findings, next: 0 });
        this.kick();
        if (!this.checking) this.report();
      },
      (e: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight--;
        this.lastError = (e as Error)?.message ?? String(e);
        this.report();
        this.kick();
      },
    );
  }

  /**
   * Paints the next findings of the first job, in batches: all the visibility questions of a
   * batch first (they need styles), then all the additions (they invalidate styles), so that the
   * browser computes styles at most once per batch.
   */
  private paintSome(timeUp: () => boolean): void {
    const job = this.toPaint[0];
    const visible = this.opts.visible ?? isVisible;
    const known = new Map<Element, boolean>();
    while (job.next < job.findings.length) {
      const batch: Mark[] = [];
      for (let i = 0; i < 64 && job.next < job.findings.length; i++) {
        const f = job.findings[job.next++];
        const range = rangeFor(job.page, f.start, f.end);
        const el = range?.startContainer.parentElement;
        // The text may have changed while it was being checked: a finding is painted only on
        // the words it was computed for (the edited text is checked again anyway).
        if (!range || !el || !sameWords(range.toString(), f.text)) continue;
        let shown = known.get(el);
        if (shown === undefined) known.set(el, (shown = visible(el)));
        if (shown) batch.push({ range, finding: f });
      }
      for (const mark of batch) this.store.add(mark);
      if (timeUp()) break;
    }
    // Past PAINTED_AT_MOST marks, only those around the viewport are drawn.
    this.placeWindow();
    if (job.next >= job.findings.length) this.toPaint.shift();
    if (!this.stats.firstPaintAt) this.stats.firstPaintAt = performance.now();
    this.report();
  }

  private report(): void {
    this.opts.onChange?.({ checking: this.checking, ...this.store.counts(), error: this.lastError });
  }

  /** After marks were removed from outside (a finding the reader hid): redraw the window, report the counts. */
  refresh(): void {
    this.placeWindow();
    this.report();
  }

  /** For the card and navigation. */
  marks(): readonly Mark[] {
    return this.store.marks;
  }
}
