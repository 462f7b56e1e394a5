import { describe, expect, it, vi } from 'vitest';
import { CheckService, MAX_CHECK_CHARS } from '../../../lib/ext/check-service';
import { buildFactBase, checkText, compileMatcher, detectLang, type Fact } from '../../../lib/index';
import { loadCorpus } from '../../../lib/db/corpus';
import { readShippedCorpus } from '../helpers';

const corpusFacts = async () => buildFactBase(await loadCorpus(readShippedCorpus)).facts;
const SENTENCE = 'The Vietnamese delegation was led by Deputy Foreign Minister Le Thi Thu Hang.';

function service(loadFacts: () => Promise<Fact[]>) {
  const engine = { compileMatcher: vi.fn(compileMatcher), checkText, detectLang };
  return { engine, checker: new CheckService(engine, loadFacts) };
}

describe('CheckService', () => {
  it('checks a text with the real engine and reports the language it used', async () => {
    const { checker } = service(corpusFacts);
    const { lang, findings } = await checker.check(SENTENCE);
    expect(lang).toBe('en');
    const hang = findings.find((f) => SENTENCE.slice(f.start, f.end) === 'Le Thi Thu Hang');
    expect(hang).toMatchObject({ verdict: 'match', kind: 'name', text: 'Le Thi Thu Hang' });
  });

  it('compiles the facts once, and again only after invalidate()', async () => {
    const { engine, checker } = service(corpusFacts);
    await Promise.all([checker.check(SENTENCE), checker.check(SENTENCE)]);
    await checker.check('Luong Cuong');
    expect(engine.compileMatcher).toHaveBeenCalledTimes(1);
    checker.invalidate();
    await checker.check(SENTENCE);
    expect(engine.compileMatcher).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed compile: the next check tries again', async () => {
    const load = vi.fn<() => Promise<Fact[]>>().mockRejectedValueOnce(new Error('database closed')).mockImplementation(corpusFacts);
    const { checker } = service(load);
    await expect(checker.check(SENTENCE)).rejects.toThrow('database closed');
    expect((await checker.check(SENTENCE)).findings.length).toBeGreaterThan(0);
  });

  it('refuses what is not a text, and texts over the size limit', async () => {
    const { checker } = service(async () => []);
    await expect(checker.check(42 as unknown as string)).rejects.toThrow('checkPage: text must be a string');
    await expect(checker.check('x'.repeat(MAX_CHECK_CHARS + 1))).rejects.toThrow(/over the limit/);
  });
});
