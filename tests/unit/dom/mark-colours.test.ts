// @vitest-environment happy-dom
// The user's mark colours: highlights.css draws the default ones, so with the default settings no
// stylesheet is added after load (Chromium restyles the whole page for that), and a sheet is
// written only when the colours change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyMarkColours, markColourRules, STYLESHEET_COLOURS } from '../../../entrypoints/content/findings';

const css = readFileSync(join(__dirname, '../../../entrypoints/content/highlights.css'), 'utf8');

/** The declarations of one ::highlight() rule, as "property: value" strings. */
function declarations(name: string): string[] {
  const m = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule for ${name}`);
  return m[1].split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

describe('mark colours', () => {
  it('highlights.css draws the default colours at the densities used for the user’s colours', () => {
    const { match, conflict } = STYLESHEET_COLOURS;
    expect(declarations('factlens-match')).toEqual(expect.arrayContaining([`background-color: ${match}38 !important`, `text-decoration: underline solid ${match} !important`]));
    expect(declarations('factlens-conflict')).toEqual(expect.arrayContaining([`background-color: ${conflict}80 !important`, `text-decoration: underline wavy ${conflict} !important`]));
    expect(markColourRules(match, conflict)).toContain(`background-color:${match}38`);
    expect(markColourRules(match, conflict)).toContain(`background-color:${conflict}80`);
  });

  it('adds no sheet for the default colours, one for other colours, and rewrites it only when they change', () => {
    const replace = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    applyMarkColours(document, STYLESHEET_COLOURS);
    applyMarkColours(document, { match: STYLESHEET_COLOURS.match.toUpperCase(), conflict: STYLESHEET_COLOURS.conflict });
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(replace).not.toHaveBeenCalled();

    const magenta = { match: STYLESHEET_COLOURS.match, conflict: '#a1146b' };
    for (let i = 0; i < 5; i++) applyMarkColours(document, magenta);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenLastCalledWith(markColourRules(magenta.match, magenta.conflict));

    // Back to the defaults: the sheet is emptied once (highlights.css draws them again).
    applyMarkColours(document, STYLESHEET_COLOURS);
    applyMarkColours(document, STYLESHEET_COLOURS);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(replace).toHaveBeenLastCalledWith('');
    // Unsafe values are ignored.
    applyMarkColours(document, { match: 'red;}*{display:none', conflict: '#a1146b' });
    expect(replace).toHaveBeenCalledTimes(2);
    replace.mockRestore();
  });
});
