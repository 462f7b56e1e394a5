// The factcheck CLI as a user runs it: output formats, offsets, and clear errors.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'lib/cli/factcheck.ts');
const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });

const dir = mkdtempSync(join(tmpdir(), 'factcheck-'));
const page = join(dir, 'page.txt');
writeFileSync(page, 'The signing ceremony of the Hanoi Convention will take place in Hà Nội on October 27-28.\nPresident Lương Cường will co-chair it with UN Secretary-General António Guterres.\n');

describe('factcheck CLI', () => {
  it('prints the fact base as factlens-facts/1 JSON with offsets into the documents', () => {
    const out = JSON.parse(execFileSync(tsx, [cli, 'facts', '--json'], { cwd: root, encoding: 'utf8' }));
    expect(out.format).toBe('factlens-facts/1');
    const f = out.facts.find((x: { kind: string; value: { start?: string; end?: string } }) => x.kind === 'date' && x.value.start === '2025-10-25' && x.value.end === '2025-10-26');
    const s = f.sources[0];
    const text = readFileSync(join(root, 'public/corpus', s.doc), 'utf8');
    expect(s.quote).toContain(text.slice(s.start, s.end));
  }, 60_000);

  it('checks files and prints one JSON line per file whose spans are the file text', () => {
    const r = run('check', '--json', page);
    expect(r.status).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const text = readFileSync(page, 'utf8');
    expect(line.file).toBe(page);
    for (const f of line.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    const byText = Object.fromEntries(line.findings.map((f: { text: string; verdict: string }) => [f.text, f.verdict]));
    expect(byText).toMatchObject({ 'Hà Nội': 'match', 'October 27-28': 'conflict', 'Lương Cường': 'match', 'António Guterres': 'match' });
  }, 60_000);

  it('reads HTML as its text content', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><style>p{}</style><script>var x = "October 27";</script></head><body><h1>Hanoi</h1><p>The signing ceremony will take place on <b>October 25-26</b>.</p></body></html>');
    const [line] = run('check', '--json', html).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.findings.map((f: { text: string; verdict: string }) => `${f.verdict}:${f.text}`)).toContain('match:October 25-26');
    expect(line.findings.some((f: { text: string }) => f.text === 'October 27')).toBe(false);
  }, 60_000);

  it('checks against an exported fact base with --facts', () => {
    const facts = join(dir, 'facts.json');
    writeFileSync(facts, execFileSync(tsx, [cli, 'facts', '--json'], { cwd: root, encoding: 'utf8' }));
    const r = run('check', '--json', '--facts', facts, page);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(2);
  }, 60_000);

  it('says clearly what is wrong with bad input and exits non-zero', () => {
    const missing = run('check', join(dir, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "something-else"');
    expect(run('check', '--facts', bad, page).stderr).toMatch(/is not valid JSON/);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = run('facts', '--corpus', empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no \.txt documents/);
    expect(run('frobnicate').stderr).toMatch(/unknown command/);
    for (const x of [missing, r]) expect(x.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  }, 60_000);

  it('prints a readable, coloured-when-interactive report without --json', () => {
    const r = run('check', page);
    expect(r.stdout).toContain('conflict');
    expect(r.stdout).toMatch(/October 27-28/);
    expect(r.stdout).toMatch(/expected 25–26 October 2025/);
  }, 60_000);

  it('reads --facts as the options page reads an import: BOM, ClaimReview, and exit 2 with one line on a bad file', () => {
    const exported = execFileSync(tsx, [cli, 'facts', '--json'], { cwd: root, encoding: 'utf8' });
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\ufeff' + exported);
    const ok = run('check', '--json', '--facts', bom, page);
    expect(ok.status).toBe(0);
    const reference = run('check', '--json', page).stdout;
    expect(ok.stdout.replace(bom, '')).toBe(reference.replace(bom, ''));
    const cases: Array<[string, RegExp]> = [
      ['{"facts":[null]}', /no "format" field/],
      ['{"format":"factlens-facts/1","facts":[null]}', /facts\[0\]: must be an object/],
      ['{"format":"factlens-facts/1","facts":[{"id":"x","kind":"name","subject":"s","value":{"name":"A","aliases":["\\u0007"]}}]}', /facts\[0\]\.value\.aliases\[0\]/],
      ['[1,\n2,,3]', /not valid JSON \(line 2, column 3\)/],
      ['{"format":"factlens-facts/1","facts":[{"id":"x","kind":"name","subject":"s","value":{"name":"A","aliases":[" "]}}]}', /facts\[0\]\.value\.aliases\[0\]: cannot be empty/],
    ];
    for (const [content, message] of cases) {
      const f = join(dir, 'case.json');
      writeFileSync(f, content);
      const r = run('check', '--facts', f, page);
      expect([r.status, r.stderr.trim().split('\n').length]).toEqual([2, 1]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  }, 120_000);

  it('checks long texts in chunks, offsets into the whole file: a one-line 300 KB paragraph and 8 MB of digits', () => {
    const sentence = readFileSync(page, 'utf8').split('\n')[0] + ' ';
    const long = join(dir, 'long.txt');
    const text = sentence.repeat(Math.ceil(300_000 / sentence.length));
    writeFileSync(long, text);
    const digits = join(dir, 'digits.txt');
    writeFileSync(digits, '7'.repeat(8 * 1024 * 1024));
    const r = run('check', '--json', long, digits);
    expect(r.status).toBe(0);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // every repetition of the sentence is marked, to the file's end (past the first chunk)
    expect(a.findings.length).toBeGreaterThanOrEqual(Math.floor(text.length / sentence.length));
    expect(a.findings[a.findings.length - 1].start).toBeGreaterThan(text.length - 2 * sentence.length);
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    // the same sentence is checked the same wherever a chunk boundary falls
    expect(new Set(a.findings.map((f: { text: string; verdict: string }) => `${f.verdict}:${f.text}`)).size).toBeLessThan(10);
    expect(b.findings).toEqual([]);
  }, 120_000);
});
