// npm run locales — writes public/_locales/{en,fr,vi}/messages.json (WXT copies them into the
// extension for browser.i18n) from the string tables in components/strings.ts and
// components/app-strings.ts. Message names are the keys with "." as "_"; a {name} placeholder
// becomes $name$ with a positional placeholder, in the order of first appearance.
// The pages render with t()/ta() and the language chosen in the settings (browser.i18n only knows
// the browser's language); the manifest's name and description come from these files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRINGS } from '../../components/strings';
import { APP_STRINGS } from '../../components/app-strings';
import { LANGS, type Lang } from '../model';

const EXTENSION: Record<Lang, { extName: string; extDescription: string }> = {
  en: { extName: 'Factlens', extDescription: 'Marks the dates, names and figures on a news page that match or conflict with a local fact base.' },
  fr: { extName: 'Factlens', extDescription: 'Marque les dates, noms et chiffres d’une page d’actualité qui concordent avec une base de faits locale ou la contredisent.' },
  vi: { extName: 'Factlens', extDescription: 'Đánh dấu ngày, tên và số liệu trên trang tin khớp hoặc mâu thuẫn với cơ sở dữ kiện cục bộ.' },
};

interface Message { message: string; description?: string; placeholders?: Record<string, { content: string }> }

export function toMessage(template: string): Message {
  const names: string[] = [];
  const message = template.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${name}$`;
  });
  if (!names.length) return { message };
  return { message, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) };
}

export function localeMessages(lang: Lang): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [k, v] of Object.entries(EXTENSION[lang])) out[k] = { message: v };
  // English is complete; the other languages list what they translate (the browser falls back to en).
  for (const table of [STRINGS, APP_STRINGS] as const) {
    for (const [key, template] of Object.entries(table[lang] as Record<string, string>)) {
      out[key.replace(/[^A-Za-z0-9_@]/g, '_')] = toMessage(template);
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  for (const lang of LANGS) {
    const file = resolve(root, `public/_locales/${lang}/messages.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(localeMessages(lang), null, 2) + '\n');
    console.log(`${file}: ${Object.keys(localeMessages(lang)).length} messages`);
  }
}
