// Checks texts against the fact base. Compiling the matcher is the costly part, so it is done
// once and kept until the facts change (invalidate()).
import type { Fact, Finding, Lang } from '../model';

export interface CheckEngine<M> {
  compileMatcher(facts: Fact[]): M;
  checkText(matcher: M, text: string, opts?: { lang?: Lang }): Finding[];
  detectLang(text: string): Lang;
}

/** Texts longer than this are refused rather than freezing the background (about 5 MB of text). */
export const MAX_CHECK_CHARS = 6_000_000;

export class CheckService<M> {
  private matcher: Promise<M> | null = null;
  private generation = 0;

  constructor(
    private readonly engine: CheckEngine<M>,
    private readonly loadFacts: () => Promise<Fact[]>,
  ) {}

  /** Drops the compiled matcher; the next check compiles the current facts. */
  invalidate(): void {
    this.generation++;
    this.matcher = null;
  }

  private compiled(): Promise<M> {
    if (!this.matcher) {
      const generation = this.generation;
      const pending = this.loadFacts().then((facts) => this.engine.compileMatcher(facts));
      this.matcher = pending;
      // A failed compile is not cached; a compile overtaken by invalidate() is not either.
      pending.catch(() => {
        if (this.generation === generation && this.matcher === pending) this.matcher = null;
      });
    }
    return this.matcher;
  }

  async check(text: string, lang?: Lang): Promise<{ lang: Lang; findings: Finding[] }> {
    if (typeof text !== 'string') throw new TypeError('checkPage: text must be a string');
    if (text.length > MAX_CHECK_CHARS) {
      throw new RangeError(`checkPage: text of ${text.length} characters is over the limit of ${MAX_CHECK_CHARS}`);
    }
    const matcher = await this.compiled();
    const textLang = lang ?? this.engine.detectLang(text);
    return { lang: textLang, findings: this.engine.checkText(matcher, text, { lang: textLang }) };
  }
}
