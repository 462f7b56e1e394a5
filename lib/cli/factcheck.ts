#!/usr/bin/env node
// factcheck: build the fact base from a corpus, or check texts against it, from the terminal.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFactBase, checkText, compileMatcher, type FactBase, type Finding } from '../index';
import { readCorpus, UserError } from './corpus';
import { formatValue } from '../format';
import { htmlToText } from './html-text';
import { checkInChunks } from './chunks';
import { readFactsFile } from './facts-file';

const HELP = `factcheck — Factlens from the terminal

Usage:
  factcheck facts [--json] [--corpus DIR]
      Build the fact base from the bundled corpus (or from the .txt files in DIR, with an optional
      manifest.json like the corpus's) and print it: a table, or with --json the
      factlens-facts/1 JSON the options page imports and exports.
  factcheck check [--json] [--facts FILE] [--corpus DIR] FILE...
      Check each FILE (.txt or .html) against the fact base and print its dates, names and
      figures that match or conflict. With --json: one JSON object per file and per line,
      {"file", "findings": [{start, end, text, kind, verdict, factId, expected, sources, ...}]}.
      start/end are JavaScript string offsets into the file's text: for .txt the file as
      UTF-8-decoded, unchanged; for .html the document's text content (body.textContent with
      script and style removed). --facts FILE checks against an exported fact base instead
      (factlens-facts/1 or ClaimReview JSON-LD, checked as the options page checks an import).
      Texts over 200,000 characters are checked in chunks of about 25,000, as the extension does.

Exit status: 0 on success, 2 on bad input (the message says what is wrong).`;

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_CORPUS = resolve(here, '../../public/corpus');

function parseArgs(argv: string[]) {
  const flags = new Map<string, string | true>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--help' || a === '-h') flags.set(a, true);
    else if (a === '--corpus' || a === '--facts') {
      if (i + 1 >= argv.length) throw new UserError(`${a} needs a value`);
      flags.set(a, argv[++i]);
    } else if (a.startsWith('--')) throw new UserError(`unknown option ${a} (see --help)`);
    else files.push(a);
  }
  return { flags, files };
}

/** Largest file `check` reads (the text of a larger one would not fit in memory a few times over). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

function loadFacts(flags: Map<string, string | true>): FactBase {
  const factsFile = flags.get('--facts');
  if (typeof factsFile === 'string') return { format: 'factlens-facts/1', facts: readFactsFile(factsFile) };
  const dir = typeof flags.get('--corpus') === 'string' ? (flags.get('--corpus') as string) : DEFAULT_CORPUS;
  return buildFactBase(readCorpus(dir));
}

function readInput(file: string): string {
  let raw: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_INPUT_BYTES) throw new UserError(`${file} is ${Math.round(size / 2 ** 20)} MB; check reads files of at most ${MAX_INPUT_BYTES / 2 ** 20} MB`);
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
  return /\.html?$/i.test(file) ? htmlToText(raw) : raw;
}

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);

function printFacts(fb: FactBase) {
  const rows = fb.facts.map((f) => [f.id, f.kind, formatValue(f.value), [...new Set(f.sources.map((s) => s.doc.slice(0, 3)))].join(','), f.variants.length ? `${f.variants.length} variant(s)` : '']);
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  console.log(['fact', 'kind', 'value', 'sources'].map((h, i) => h.padEnd(w[i])).join('  '));
  for (const r of rows) console.log(r.map((c, i) => (i < 4 ? c.padEnd(w[i]) : c)).join('  '));
  console.log(`\n${fb.facts.length} facts`);
}

function printCheck(file: string, text: string, findings: Finding[]) {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start);
    out += paint(f.verdict === 'match' ? '4;32' : '1;4;31', text.slice(f.start, f.end)) + paint('2', f.verdict === 'match' ? '✓' : `✗[${formatValue(f.expected)}]`);
    at = f.end;
  }
  out += text.slice(at);
  console.log(paint('1', `== ${file}`));
  console.log(out.trimEnd());
  const c = findings.filter((f) => f.verdict === 'conflict');
  console.log(paint('1', `\n${findings.length - c.length} match(es), ${c.length} conflict(s)`));
  for (const f of c) console.log(`  ✗ "${f.text}" — ${f.subjectLabel}: expected ${formatValue(f.expected)} (${f.sources[0]?.doc ?? '?'}) — ${f.reason}`);
  console.log('');
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(HELP);
    return cmd ? 0 : 2;
  }
  const { flags, files } = parseArgs(rest);
  if (flags.has('--help') || flags.has('-h')) {
    console.log(HELP);
    return 0;
  }
  if (cmd === 'facts') {
    const fb = loadFacts(flags);
    if (flags.has('--json')) console.log(JSON.stringify(fb));
    else printFacts(fb);
    return 0;
  }
  if (cmd === 'check') {
    if (!files.length) throw new UserError('check needs at least one FILE (see --help)');
    const texts = files.map((f) => [f, readInput(f)] as const);
    const matcher = compileMatcher(loadFacts(flags).facts);
    for (const [file, text] of texts) {
      const findings = checkInChunks(text, (chunk) => checkText(matcher, chunk));
      if (flags.has('--json')) console.log(JSON.stringify({ file, findings }));
      else printCheck(file, text, findings);
    }
    return 0;
  }
  throw new UserError(`unknown command "${cmd}" (expected facts or check; see --help)`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UserError) {
    console.error(`factcheck: ${e.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
    process.exitCode = 2;
  } else throw e;
}
