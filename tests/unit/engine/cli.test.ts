// The factcheck CLI as a user runs it: output formats, offsets, and clear errors.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'lib/cli/factcheck.ts');
const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8' });

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
});
