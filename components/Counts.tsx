// A row of labelled numbers ("5 documents", "212 facts").
export interface CountItem {
  label: string;
  /** Stable name for data-count (tests, styles) when the label is translated; default the label. */
  id?: string;
  value: number;
  /** Extra class for the value, e.g. to mark conflicts. */
  tone?: 'match' | 'conflict';
}

export function Counts({ items, label }: { items: CountItem[]; label: string }) {
  return (
    <dl class="counts" aria-label={label}>
      {items.map((item) => (
        <div class={`count ${item.tone ?? ''}`} key={item.id ?? item.label}>
          <dt>{item.label}</dt>
          <dd data-count={item.id ?? item.label}>{item.value.toLocaleString('en')}</dd>
        </div>
      ))}
    </dl>
  );
}
