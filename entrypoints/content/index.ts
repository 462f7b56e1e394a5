// Marks the page's dates, names and figures, and opens a card on a mark. The ::highlight() styles
// come with this script's stylesheet (WXT lists it in the manifest) and the card lives in a closed
// shadow root, so nothing is added to the page's DOM until a card opens (and only the card's host
// then). Nothing is written to the page's performance timeline either: the page reads that.
//
// Paused (for the site or the tab) this script asks the background for that setting and does
// nothing else: no reading, no observer, no listeners on the page.
//
// It also runs in the page's frames (all_frames), but marks one only when it has the top page's
// origin: a same-origin frame is part of the article, a cross-origin one is an ad or a widget.
// Only the top frame answers the popup and the commands.
import './highlights.css';
import highlightsCss from './highlights.css?inline';
import { highlightsSupported } from '@/lib/dom/highlights';
import { PageMarker } from '@/lib/dom/page-marker';
import { backgroundMessenger, tabMessenger, type TabSummary } from '@/lib/ext/messaging';
import { isPaused } from '@/lib/ext/pause';
import { unpackFindings } from '@/lib/ext/finding-wire';
import { dismissKey } from '@/lib/ext/dismissed';
import { CardController } from './card';
import { navigate, startInteraction } from './interaction';
import { answerFindingRequests, applyMarkColours } from './findings';

/** A frame whose page has the top page's origin (reading top's location throws otherwise). */
function sameOriginFrame(): boolean {
  try {
    return window.top !== null && window.top.location.origin === location.origin;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    const top = window === window.top;
    if (!top && !sameOriginFrame()) return;
    let summary: TabSummary = { status: 'checking', matches: 0, conflicts: 0, url: location.href };
    let marker: PageMarker | null = null;
    let card: CardController | null = null;
    let stopInteraction: (() => void) | null = null;
    const epoch = (t: number) => (t ? performance.timeOrigin + t : null);

    const run = () => {
      if (!highlightsSupported()) {
        summary = { status: 'unsupported', matches: 0, conflicts: 0, url: location.href, message: 'This browser has no CSS Custom Highlight API' };
        return;
      }
      card ??= new CardController(document);
      const cards = card;
      cards.actions = {
        dismiss: async (f) => {
          await backgroundMessenger.sendMessage('dismissFinding', {
            factId: f.factId, text: f.text, verdict: f.verdict, kind: f.kind, subject: f.subjectLabel ?? f.subject, url: location.href,
          });
          const key = dismissKey(f.factId, f.text);
          marker?.store.removeWhere((m) => dismissKey(m.finding.factId, m.finding.text) === key);
          marker?.refresh();
        },
        editFact: (f) => void backgroundMessenger.sendMessage('openFactInOptions', { factId: f.factId }),
      };
      marker ??= new PageMarker(document, {
        check: (req) =>
          backgroundMessenger.sendMessage('checkPage', req).then((r) => {
            applyMarkColours(document, r.colours);
            if (r.uiLang) cards.lang = r.uiLang;
            return { findings: unpackFindings(r.packed) };
          }),
        isOwn: (el) => cards.isOwn(el),
        onShadowRoot: (root) => {
          // The page's style sheets stop at a shadow root, and so do ours: the mark styles go in.
          try {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(highlightsCss);
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          } catch {
            // (a browser that refuses a sheet from the extension's world there: marks unstyled)
          }
        },
        onChange: ({ checking, matches, conflicts, error }) => {
          const s = marker?.stats;
          summary = {
            status: error ? 'error' : checking ? 'checking' : 'done',
            matches,
            conflicts,
            url: location.href,
            message: error,
            timing: s && {
              firstPaintAt: epoch(s.firstPaintAt),
              idleAt: epoch(s.idleAt),
              slices: s.slices,
              busyMs: s.busyMs,
              longestSliceMs: s.longestSliceMs,
              longestReadMs: s.longestReadMs,
              longestPaintMs: s.longestPaintMs,
              checks: s.checks,
            },
          };
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
      // A frame follows the pause too; everything else is asked of the top frame.
      tabMessenger.onMessage('setPaused', ({ data }) => (data.paused ? pause() : run())),
    ];
    if (top) {
      removers.push(
        tabMessenger.onMessage('getPageSummary', () => summary),
        tabMessenger.onMessage('getCardState', () => card?.state() ?? { open: false }),
        answerFindingRequests(
          () => marker?.store.marks ?? [],
          (mark) => {
            const store = marker?.store;
            const m = mark as Parameters<CardController['open']>[0];
            card?.open(m, { position: store?.positionOf(m) ?? undefined, focus: true });
          },
        ),
        tabMessenger.onMessage('navigateMarks', ({ data }) => (marker && card ? navigate(marker.store, card, data.direction) : null)),
      );
    }
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
