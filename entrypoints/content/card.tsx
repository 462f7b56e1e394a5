// The mark card in a shadow root (WXT's createShadowRootUi, rendered with Preact). The host is
// added to the page only while a card is open, so a page nobody hovers keeps its DOM as served.
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MarkCard } from '@/components/MarkCard';
import type { Mark } from '@/lib/dom/marks';
import factsCss from '@/components/facts.css?inline';
import cardCss from './card.css?inline';

export const CARD_HOST_NAME = 'factlens-card';

const MARGIN = 8;
const GAP = 6;

/** Puts the card below the mark (above when there is no room), inside the viewport. */
export function placeCard(el: HTMLElement, anchor: DOMRect, viewport: { width: number; height: number }): void {
  el.style.maxHeight = `${Math.max(120, viewport.height - 2 * MARGIN)}px`;
  const { width, height } = el.getBoundingClientRect();
  let top = anchor.bottom + GAP;
  if (top + height > viewport.height - MARGIN) {
    const above = anchor.top - GAP - height;
    top = above >= MARGIN ? above : Math.max(MARGIN, viewport.height - MARGIN - height);
  }
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - MARGIN - width));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}

function Popover(props: { mark: Mark; anchor: DOMRect; position?: { index: number; total: number }; onClose(): void; onLeave(e: PointerEvent): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (ref.current) placeCard(ref.current, props.anchor, { width: root.clientWidth, height: root.clientHeight });
  }, [props.mark, props.anchor]);
  return (
    <div class="fl-popover" ref={ref} onPointerLeave={props.onLeave}>
      <MarkCard finding={props.mark.finding} position={props.position} onClose={props.onClose} />
    </div>
  );
}

export class CardController {
  private ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private mounted: ShadowRootContentScriptUi<void> | null = null;
  current: Mark | null = null;
  /** Called when the pointer leaves the card: the hover logic decides whether to close. */
  onPointerLeave: (e: PointerEvent) => void = () => {};

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Is this element the card's host (or inside it)? */
  isOwn(el: Element): boolean {
    return el.localName === CARD_HOST_NAME || !!el.closest?.(CARD_HOST_NAME);
  }

  get host(): HTMLElement | null {
    return this.mounted?.shadowHost ?? null;
  }

  private create(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= createShadowRootUi<void>(this.ctx, {
      name: CARD_HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${factsCss}\n${cardCss}`,
      onMount: () => {},
    });
    return this.ui;
  }

  async open(mark: Mark, position?: { index: number; total: number }): Promise<void> {
    const ui = await this.create();
    if (!this.mounted) {
      ui.mount();
      this.mounted = ui;
    }
    this.current = mark;
    const rects = mark.range.getClientRects();
    const anchor = rects.length ? rects[0] : mark.range.getBoundingClientRect();
    render(
      <Popover mark={mark} anchor={anchor} position={position} onClose={() => this.close()} onLeave={(e) => this.onPointerLeave(e)} />,
      ui.uiContainer,
    );
  }

  close(): void {
    this.current = null;
    if (!this.mounted) return;
    render(null, this.mounted.uiContainer);
    this.mounted.remove();
    this.mounted = null;
  }

  /** The card's text, for the end-to-end tests (they read the shadow root too). */
  text(): string {
    return this.mounted?.uiContainer.textContent ?? '';
  }
}
