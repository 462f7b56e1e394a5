// Marks the page's dates, names and figures, and opens a card on a mark. The ::highlight() styles
// come with this script's stylesheet (WXT lists it in the manifest) and the card lives in a shadow
// root, so nothing is added to the page's DOM until a card opens (and only the card's host then).
//
// Paused (for the site or the tab) this script asks the background for that setting and does
// nothing else: no reading, no observer, no listeners on the page.
import './highlights.css';
import { highlightsSupported } from '@/lib/dom/highlights';
import { PageMarker } from '@/lib/dom/page-marker';
import { backgroundMessenger, tabMessenger, type TabSummary } from '@/lib/ext/messaging';
import { isPaused } from '@/lib/ext/pause';
import { unpackFindings } from '@/lib/ext/finding-wire';
import { CardController } from './card';
import { navigate, startInteraction } from './interaction';
import { answerFindingRequests, applyMarkColours } from './findings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let summary: TabSummary = { status: 'checking', matches: 0, conflicts: 0, url: location.href };
    let marker: PageMarker | null = null;
    let card: CardController | null = null;
    let stopInteraction: (() => void) | null = null;
    let everPainted = false;

    const run = () => {
      if (!highlightsSupported()) {
        summary = { status: 'unsupported', matches: 0, conflicts: 0, url: location.href, message: 'This browser has no CSS Custom Highlight API' };
        return;
      }
      card ??= new CardController(ctx);
      const cards = card;
      marker ??= new PageMarker(document, {
        check: (req) =>
          backgroundMessenger.sendMessage('checkPage', req).then((r) => (applyMarkColours(document, r.colours), { findings: unpackFindings(r.packed) })),
        isOwn: (el) => cards.isOwn(el),
        onChange: ({ checking, matches, conflicts, error }) => {
          summary = { status: error ? 'error' : checking ? 'checking' : 'done', matches, conflicts, url: location.href, message: error };
          if (!everPainted && matches + conflicts > 0) {
            everPainted = true;
            performance.mark('factlens-first-paint');
          }
          if (!checking && marker) performance.mark('factlens-idle', { detail: { ...marker.stats, matches, conflicts } });
        },
      });
      marker.start();
      const m = marker;
      stopInteraction ??= startInteraction(document, () => m.store, cards);
    };
    const pause = () => {
      stopInteraction?.();
      stopInteraction = null;
      marker?.stop();
      summary = { status: 'paused', matches: 0, conflicts: 0, url: location.href };
    };

    const removers = [
      tabMessenger.onMessage('getPageSummary', () => summary),
      tabMessenger.onMessage('setPaused', ({ data }) => (data.paused ? pause() : run())),
      answerFindingRequests(
        () => marker?.store.marks ?? [],
        (mark, index, total) => card?.open(mark as Parameters<CardController['open']>[0], { index, total }),
      ),
      tabMessenger.onMessage('navigateMarks', ({ data }) => (marker && card ? navigate(marker.store, card, data.direction) : null)),
    ];
    ctx.onInvalidated(() => {
      removers.forEach((remove) => remove());
      pause();
    });

    try {
      const state = await backgroundMessenger.sendMessage('getPauseState', { url: location.href });
      if (isPaused(state)) {
        summary = { status: 'paused', matches: 0, conflicts: 0, url: location.href };
        return;
      }
    } catch (e) {
      console.warn('[factlens] could not read the pause setting:', e);
    }
    run();
  },
});
