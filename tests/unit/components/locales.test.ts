// public/_locales (WXT i18n) are generated from the string tables: they must not drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeMessages, toMessage } from '../../../lib/cli/locales';
import { LANGS } from '../../../lib/model';

describe('_locales', () => {
  it.each(LANGS)('%s/messages.json is what npm run locales writes from the string tables', (lang) => {
    const file = JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
    expect(file).toEqual(localeMessages(lang));
    for (const name of Object.keys(file)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('placeholders become $name$ with positional content; a literal $ is escaped', () => {
    expect(toMessage('{shown} of {total} facts, {shown}')).toEqual({
      message: '$shown$ of $total$ facts, $shown$',
      placeholders: { shown: { content: '$1' }, total: { content: '$2' } },
    });
    expect(toMessage('US$ 5')).toEqual({ message: 'US$$ 5' });
  });

  it('French and Vietnamese translate the options page and popup strings', () => {
    expect(localeMessages('fr').options_undo.message).toBe('Annuler');
    expect(localeMessages('vi').popup_findings.message).toBe('Đánh dấu trên trang này');
  });
});
