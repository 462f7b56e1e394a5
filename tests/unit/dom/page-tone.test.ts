// @vitest-environment happy-dom
// Marks on dark pages: the palette is chosen for white pages (4.5:1 there) and falls under 3:1 on
// near-black, so a dark page gets the same hues mixed with white.
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { contrast, forDarkPage, isDarkPage, luminance } from '../../../lib/dom/page-tone';
import { PALETTE } from '../../../lib/ext/display-settings';
import { applyMarkColours, STYLESHEET_COLOURS } from '../../../entrypoints/content/findings';

const lum = (hex: string) => luminance(parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16));
const colours = [...Object.values(PALETTE.match), ...Object.values(PALETTE.conflict)];

function pageWithBackground(css: string): Document {
  const window = new Window();
  window.document.write(`<html><body style="background-color: ${css}"><p>text</p></body></html>`);
  return window.document as unknown as Document;
}

describe('dark pages', () => {
  it('every palette colour is readable on white, and its dark-page variant on near-black (≥ 4.5:1)', () => {
    for (const c of colours) {
      expect(contrast(lum(c), 1)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(lum(c), lum('#121212'))).toBeLessThan(3); // why the variant exists
      expect(contrast(lum(forDarkPage(c)), lum('#121212'))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tells a dark page from a light or unstyled one by its background', () => {
    expect(isDarkPage(pageWithBackground('rgb(18, 18, 18)'))).toBe(true);
    expect(isDarkPage(pageWithBackground('#fff'))).toBe(false);
    expect(isDarkPage(pageWithBackground('transparent'))).toBe(false);
  });

  it('draws even the default colours lighter on a dark page', () => {
    // (the content script's document: the sheet it adopts is made in its own window)
    const replace = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    applyMarkColours(document, STYLESHEET_COLOURS);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace.mock.calls[0][0]).toContain(forDarkPage(STYLESHEET_COLOURS.conflict));
    expect(replace.mock.calls[0][0]).toContain(forDarkPage(STYLESHEET_COLOURS.match));
  });
});
