// The bundled corpus, read from public/corpus the way the CLI reads it.
import { resolve } from 'node:path';
import { readCorpus } from '../../../lib/cli/corpus';
import { buildFactBase, compileMatcher, type FactBase } from '../../../lib/index';

export const CORPUS_DIR = resolve(__dirname, '../../../public/corpus');
let fb: FactBase | undefined;
export function corpusFacts(): FactBase {
  fb ??= buildFactBase(readCorpus(CORPUS_DIR));
  return fb;
}
let matcher: ReturnType<typeof compileMatcher> | undefined;
export function corpusMatcher() {
  matcher ??= compileMatcher(corpusFacts().facts);
  return matcher;
}
