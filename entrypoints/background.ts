// The background owns the database and the compiled matcher, and answers the other contexts.
import { buildFactBase, checkText, compileMatcher, detectLang } from '@/lib/index';
import { FactlensDB } from '@/lib/db/schema';
import { startBackground } from '@/lib/ext/background-app';
import { packagedCorpusReader } from '@/lib/ext/corpus-sync';

export default defineBackground(() => {
  startBackground({
    db: new FactlensDB(),
    engine: { buildFactBase, compileMatcher, checkText, detectLang },
    readCorpusFile: packagedCorpusReader((path) => browser.runtime.getURL(path as '/')),
    version: browser.runtime.getManifest().version,
  });
});
