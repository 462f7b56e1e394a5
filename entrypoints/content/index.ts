// Marks the page's dates, names and figures. The ::highlight() styles come with this script's
// stylesheet (WXT lists it in the manifest), so nothing is added to the page's DOM.
import './highlights.css';
import { checkPage } from '@/lib/dom/check-page';
import { clearHighlights } from '@/lib/dom/highlights';
import { backgroundMessenger, tabMessenger, type TabSummary } from '@/lib/ext/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let summary: TabSummary = { status: 'checking', matches: 0, conflicts: 0, url: location.href };
    const stopAnswering = tabMessenger.onMessage('getPageSummary', () => summary);
    ctx.onInvalidated(() => {
      stopAnswering();
      clearHighlights();
    });
    const result = await checkPage(
      document,
      (req) => backgroundMessenger.sendMessage('checkPage', req),
      (s) => (summary = s),
    );
    if (result.status === 'error') console.warn('[factlens] checking this page failed:', result.message);
  },
});
