// The mark card, rendered with Preact in a closed shadow root (card-host.ts). The host is added to
// the page only while a card is open, so a page nobody hovers keeps its DOM as served. The card
// sits beside its mark (lib/dom/card-place.ts) and follows it while the page scrolls.
import { render } from 'preact';
import { MarkCard, type MarkCardActions } from '@/components/MarkCard';
import type { Mark } from '@/lib/dom/marks';
import { placeCard, unionBox, type Box } from '@/lib/dom/card-place';
import type { Lang } from '@/lib/model';
import type { CardState } from '@/lib/ext/messaging';
import factsCss from '@/components/facts.css?inline';
import cardCss from './card.css?inline';
import { createCardHost, type CardHost } from './card-host';

export interface OpenOptions {
  /** Position among the marks the keyboard steps through ("2 of 6"). */
  position?: { index: number; total: number };
  /** Opened from the keyboard (a command, the popup's list): the card takes focus. */
  focus?: boolean;
}

const box = (r: DOMRect | Box): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

export class CardController {
  private ui: CardHost | null = null;
  private opened: OpenOptions = {};
  private returnFocus: HTMLElement | null = null;
  private frame = 0;
  current: Mark | null = null;
  lang: Lang = 'en';
  actions: MarkCardActions = {};
  /** Called when the pointer leaves the card: the hover logic decides whether to close. */
  onPointerLeave: (e: PointerEvent) => void = () => {};

  constructor(private readonly doc: Document) {}

  /** Is this element the card's host? (Compared by identity: a page may make look-alikes.) */
  isOwn(el: Element): boolean {
    return !!this.ui && (el === this.ui.host || this.ui.host.contains(el));
  }

  get host(): HTMLElement | null {
    return this.current ? (this.ui?.host ?? null) : null;
  }

  private ensureHost(): CardHost {
    this.ui ??= createCardHost(this.doc, `${factsCss}\n${cardCss}`);
    return this.ui;
  }

  open(mark: Mark, opts: OpenOptions = {}): void {
    const ui = this.ensureHost();
    const active = this.doc.activeElement as HTMLElement | null;
    if (opts.focus && !this.current && active && !this.isOwn(active)) this.returnFocus = active;
    ui.attach();
    this.current = mark;
    this.opened = opts;
    render(
      <div
        class="fl-popover"
        onPointerLeave={(e) => e.isTrusted && this.onPointerLeave(e as unknown as PointerEvent)}
      >
        <MarkCard
          key={`${mark.finding.factId}:${mark.finding.start}`}
          finding={mark.finding}
          position={opts.position}
          lang={this.lang}
          live={!opts.focus}
          actions={this.actions}
          onClose={() => this.close(true)}
        />
      </div>,
      ui.container,
    );
    this.place();
    const win = this.doc.defaultView;
    win?.addEventListener('scroll', this.follow, { capture: true, passive: true });
    win?.addEventListener('resize', this.follow, { passive: true });
    if (opts.focus) (ui.container.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private popover(): HTMLElement | null {
    return (this.ui?.container.querySelector('.fl-popover') as HTMLElement | null) ?? null;
  }

  /** The mark's box in the viewport, or null when it left the document. */
  private markBox(): Box | null {
    const range = this.current?.range;
    if (!range || !range.startContainer.isConnected) return null;
    return unionBox([...range.getClientRects()].map(box)) ?? box(range.getBoundingClientRect());
  }

  /** Puts the card beside its mark; closes it when the mark left the view or the page. */
  place(): void {
    const el = this.popover();
    const mark = this.markBox();
    if (!el) return;
    const root = this.doc.documentElement;
    const view = { width: root.clientWidth, height: root.clientHeight };
    if (!mark || mark.bottom < 0 || mark.top > view.height) return this.close();
    el.style.maxHeight = 'none';
    const natural = el.getBoundingClientRect();
    const p = placeCard(mark, { width: natural.width, height: natural.height }, view);
    el.style.maxHeight = `${p.maxHeight}px`;
    el.style.top = `${p.top}px`;
    el.style.left = `${p.left}px`;
    el.dataset.side = p.side;
  }

  private readonly follow = () => {
    if (this.frame || !this.current) return;
    this.frame = this.doc.defaultView?.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.current) this.place();
    }) ?? 0;
  };

  /** Closes the card; `restore` gives focus back to where it was when the keyboard opened it. */
  close(restore = false): void {
    const hadFocus = !!this.ui && this.ui.root.activeElement !== null;
    this.current = null;
    this.opened = {};
    const win = this.doc.defaultView;
    win?.removeEventListener('scroll', this.follow, { capture: true });
    win?.removeEventListener('resize', this.follow);
    if (this.frame) win?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.ui) return;
    render(null, this.ui.container);
    this.ui.detach();
    const back = this.returnFocus;
    this.returnFocus = null;
    if ((restore || hadFocus) && back?.isConnected) back.focus({ preventScroll: true });
  }

  /** What the card shows and where, for the extension's own pages (the tests read it so). */
  state(): CardState {
    const el = this.popover();
    const ui = this.ui;
    if (!this.current || !el || !ui) return { open: false };
    const card = ui.container.querySelector('[data-fact-id]');
    const r = el.getBoundingClientRect();
    const markRects = [...this.current.range.getClientRects()].map(box);
    const h = ui.container.querySelector('h3');
    const cs = h ? getComputedStyle(h) : null;
    const root = this.doc.documentElement;
    return {
      open: true,
      text: el.textContent ?? '',
      markText: this.current.range.toString(),
      factId: card?.getAttribute('data-fact-id') ?? null,
      verdict: card?.getAttribute('data-verdict') ?? null,
      rect: box(r),
      markRects,
      view: { width: root.clientWidth, height: root.clientHeight },
      scrollable: el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible',
      overflowing: el.scrollHeight > el.clientHeight + 1,
      side: el.dataset.side ?? null,
      position: ui.container.querySelector('.fl-position')?.textContent ?? null,
      focused: ui.root.activeElement !== null,
      focusedText: ui.root.activeElement?.textContent?.trim() ?? null,
      headingStyle: cs ? { color: cs.color, textTransform: cs.textTransform, letterSpacing: cs.letterSpacing } : null,
      lang: card?.closest('[lang]')?.getAttribute('lang') ?? null,
      opened: { focus: !!this.opened.focus },
      html: ui.root.innerHTML,
    };
  }
}
