// The card's host: a plain <div> with a closed shadow root, added to <html> only while a card is
// open. Not a custom element (a page that defines the name first would own every card), not an
// open root (the page could read the card's text: a user's private quote). The host's own styles
// are inline and !important, which outranks anything the page's style sheets say about a <div>.
export const HOST_ATTRIBUTE = 'data-factlens-card';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'contain: none',
  'transform: none',
  'filter: none',
  'opacity: 1',
  'visibility: visible',
  'pointer-events: auto',
].map((d) => `${d} !important`).join(';');

export interface CardHost {
  readonly host: HTMLElement;
  /** Where the card is rendered (inside the closed root). */
  readonly container: HTMLElement;
  /** The closed root, for focus checks (activeElement) and event paths. */
  readonly root: ShadowRoot;
  /** Puts the host at the end of <html> if it is not there (the page may have removed it). */
  attach(): void;
  detach(): void;
}

export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'fl-root';
  root.append(style, container);
  return {
    host,
    container,
    root,
    attach() {
      // Keep our inline style even if the page rewrote it while the card was closed.
      if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
      if (host.parentNode !== doc.documentElement || host !== doc.documentElement.lastElementChild) doc.documentElement.append(host);
    },
    detach() {
      host.remove();
    },
  };
}
