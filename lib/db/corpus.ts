// The corpus shipped in public/corpus/: a manifest.json listing the article files.
// Parsing is pure and checks every field, so a broken manifest fails with a message saying where.
import { LANGS, type Lang, type SourceDocument } from '../model';

export interface CorpusEntry {
  file: string;
  lang: Lang;
  title: string;
  published: string | null;
  outlet: string | null;
}

export type CorpusDocument = SourceDocument & { file: string };

export class CorpusError extends Error {
  override name = 'CorpusError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalString(entry: Record<string, unknown>, key: string, where: string): string | null {
  const v = entry[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new CorpusError(`${where}.${key} must be a string or null, got ${typeof v}`);
  return v;
}

export function parseCorpusManifest(json: unknown): CorpusEntry[] {
  if (!isObject(json) || !Array.isArray(json.documents)) {
    throw new CorpusError('corpus manifest must be an object with a "documents" array');
  }
  const seen = new Set<string>();
  return json.documents.map((entry: unknown, i: number): CorpusEntry => {
    const where = `documents[${i}]`;
    if (!isObject(entry)) throw new CorpusError(`${where} must be an object`);
    const { file, lang, title } = entry;
    if (typeof file !== 'string' || !/^[\w.-]+\.txt$/.test(file)) {
      throw new CorpusError(`${where}.file must be a plain .txt file name, got ${JSON.stringify(file)}`);
    }
    if (seen.has(file)) throw new CorpusError(`${where}.file "${file}" is listed twice`);
    seen.add(file);
    if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang)) {
      throw new CorpusError(`${where}.lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(lang)}`);
    }
    if (typeof title !== 'string' || !title.trim()) throw new CorpusError(`${where}.title must be a non-empty string`);
    const published = optionalString(entry, 'published', where);
    if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      throw new CorpusError(`${where}.published must be an ISO date yyyy-mm-dd or null, got "${published}"`);
    }
    return { file, lang: lang as Lang, title, published, outlet: optionalString(entry, 'outlet', where) };
  });
}

/**
 * Reads the manifest and every listed file through `read` (a fetch of the packaged file in the
 * extension, a file read in Node). The document id is the file name, as the engine's sources expect.
 */
export async function loadCorpus(read: (file: string) => Promise<string>): Promise<CorpusDocument[]> {
  let manifest: unknown;
  const raw = await read('manifest.json');
  try {
    manifest = JSON.parse(raw);
  } catch (e) {
    throw new CorpusError(`corpus manifest.json is not valid JSON: ${(e as Error).message}`);
  }
  const entries = parseCorpusManifest(manifest);
  return Promise.all(
    entries.map(async (e): Promise<CorpusDocument> => {
      const text = await read(e.file);
      if (!text.trim()) throw new CorpusError(`corpus file ${e.file} is empty`);
      return {
        id: e.file,
        file: e.file,
        lang: e.lang,
        title: e.title,
        text,
        published: e.published,
        outlet: e.outlet,
        origin: 'corpus',
      };
    }),
  );
}
