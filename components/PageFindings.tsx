// The popup's list of this page's marks: conflicts first, then matches. Each is a button; Enter or
// a click asks the page to scroll to the mark and open its card. ↑/↓ (and Home/End) move between
// the buttons, Tab leaves the list.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/model';
import type { FindingItem, RevealResult } from '../lib/dom/reveal';
import { ta } from './app-strings';

export interface PageFindingsProps {
  items: readonly FindingItem[];
  lang?: Lang;
  reveal(item: FindingItem): Promise<RevealResult | null>;
}

export function PageFindings({ items, lang = 'en', reveal }: PageFindingsProps) {
  const list = useRef<HTMLUListElement>(null);
  const [failed, setFailed] = useState<number | null>(null);
  if (!items.length) return <p class="muted">{ta(lang, 'popup.noFindings')}</p>;

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const go = (i: number) => { e.preventDefault(); buttons[Math.max(0, Math.min(buttons.length - 1, i))].focus(); };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(buttons.length - 1);
  };

  // Each mark's place among the marks of its verdict: what its card and the shortcuts say ("2 of 6").
  const totals = { match: 0, conflict: 0 };
  for (const i of items) totals[i.verdict]++;
  const seen = { match: 0, conflict: 0 };
  const positions = items.map((i) => ++seen[i.verdict]);
  return (
    <div class="fl-findings">
      <p class="muted small" id="fl-findings-help">{ta(lang, 'popup.findingsHelp')}</p>
      <ul ref={list} class="fl-findings-list" aria-label={ta(lang, 'popup.findings')} aria-describedby="fl-findings-help" onKeyDown={onKeyDown}>
        {items.map((item, k) => (
          <li key={`${item.index}:${item.factId}`}>
            <button
              type="button"
              class={`fl-finding fl-${item.verdict}`}
              data-verdict={item.verdict}
              title={item.reason}
              onClick={async () => {
                const r = await reveal(item).catch(() => null);
                setFailed(r?.found ? null : item.index);
              }}
            >
              <span class="fl-finding-verdict">
                {ta(lang, `verdict.${item.verdict}`)}
                <span class="fl-finding-position">{ta(lang, 'popup.position', { index: positions[k], total: totals[item.verdict] })}</span>
              </span>
              <span class="fl-finding-text">{item.text}</span>
              <span class="fl-finding-subject">{item.subject}</span>
            </button>
            {failed === item.index && <p role="alert" class="small">{ta(lang, 'popup.revealFailed')}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Loads the list from the page once the check is done. */
export function PageFindingsLoader({ load, reveal, lang }: { load(): Promise<FindingItem[] | null>; reveal: PageFindingsProps['reveal']; lang?: Lang }) {
  const [items, setItems] = useState<FindingItem[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then((v) => live && setItems(v), () => live && setItems(null));
    return () => { live = false; };
  }, []);
  if (items === undefined || items === null) return null;
  return <PageFindings items={items} reveal={reveal} lang={lang} />;
}
