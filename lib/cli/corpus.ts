// Reading documents from disk for the CLI (Node only): a folder of .txt files with an optional
// manifest.json like the bundled corpus's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectLang, LANGS, type Lang, type SourceDocument } from '../index';

export class UserError extends Error {}

interface ManifestEntry {
  file: string;
  lang?: string;
  title?: string;
  published?: string | null;
  outlet?: string | null;
}

export function readCorpus(dir: string): SourceDocument[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`corpus folder not found: ${dir}`);
  const manifestPath = join(dir, 'manifest.json');
  let entries: ManifestEntry[];
  if (existsSync(manifestPath)) {
    let manifest: { documents?: ManifestEntry[] };
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    } catch (e) {
      throw new UserError(`${manifestPath} is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(manifest.documents)) throw new UserError(`${manifestPath} has no "documents" list`);
    entries = manifest.documents;
  } else {
    entries = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file }));
  }
  if (!entries.length) throw new UserError(`no .txt documents in ${dir}`);
  return entries.map((e) => {
    const path = join(dir, e.file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if (e.lang && !LANGS.includes(e.lang as Lang)) throw new UserError(`${e.file}: unknown language "${e.lang}" (expected one of ${LANGS.join(', ')})`);
    const lang = (e.lang as Lang) ?? detectLang(text);
    const title = e.title ?? text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? e.file;
    return { id: e.file, lang, title, text, published: e.published ?? null, outlet: e.outlet ?? null, origin: 'corpus' as const };
  });
}
