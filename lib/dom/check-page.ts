// The content script's job on one page: read the text, have the background check it, paint the
// findings, and keep a summary the popup can ask for.
import type { CheckPageRequest, CheckPageResult, TabSummary } from '../ext/messaging';
import { summarize } from '../ext/summary';
import { highlightsSupported, paintFindings } from './highlights';
import { readPageText } from './page-text';

export async function checkPage(
  doc: Document,
  check: (req: CheckPageRequest) => Promise<CheckPageResult>,
  report: (summary: TabSummary) => void,
): Promise<TabSummary> {
  const url = doc.location?.href ?? '';
  const done = (s: Omit<TabSummary, 'url'>): TabSummary => {
    const summary = { ...s, url };
    report(summary);
    return summary;
  };
  if (!highlightsSupported(doc.defaultView ?? globalThis)) {
    return done({ status: 'unsupported', matches: 0, conflicts: 0, message: 'This browser has no CSS Custom Highlight API' });
  }
  report({ status: 'checking', matches: 0, conflicts: 0, url });
  try {
    const page = readPageText(doc.body);
    if (!page.text.trim()) return done({ status: 'done', matches: 0, conflicts: 0 });
    const { findings } = await check({ text: page.text, url });
    paintFindings(page, findings);
    return done({ status: 'done', ...summarize(findings) });
  } catch (e) {
    return done({ status: 'error', matches: 0, conflicts: 0, message: (e as Error).message ?? String(e) });
  }
}
