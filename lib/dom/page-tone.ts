// Whether a page is dark, and mark colours that stay visible on it. The palette's colours are
// chosen for 4.5:1 on white; on a near-black page they fall under 3:1 (a teal underline there is
// barely seen), so on a dark page the marks are drawn in the same hues mixed with white.

/** Relative luminance (WCAG) of an sRGB colour given as 0-255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** "rgb(18, 18, 18)" / "rgba(0, 0, 0, 0)" → channels and alpha; undefined for other forms. */
function parseRgb(css: string): { r: number; g: number; b: number; a: number } | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return undefined;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/**
 * Whether the page's background is dark: the first opaque background of <body> or <html> (one
 * style read each, at start, when styles are computed already), light when neither has one.
 */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const bg = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (bg && bg.a >= 0.5) return luminance(bg.r, bg.g, bg.b) < 0.2;
  }
  return false;
}

/** The colour mixed with white (`share` of white): the same hue, light enough for a dark page. */
export function forDarkPage(hex: string, share = 0.4): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * share);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}
