// Where the end-to-end tests find the built extension and put what they produce.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PAGES_DIR = `${ROOT}tests/fixtures/pages`;
export const SCREENSHOT_DIR = `${ROOT}test-artifacts/screenshots`;
export const GECKO_ID = 'factlens@factlens.example';

/** The built extension for a browser; a clear error when the build is missing. */
export function builtExtension(target: 'chrome-mv3' | 'firefox-mv2'): string {
  const dir = `${ROOT}.output/${target}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    const cmd = target === 'chrome-mv3' ? 'npx wxt build' : 'npx wxt build -b firefox';
    throw new Error(`No built extension in ${dir}: run \`${cmd}\` first (npm test does).`);
  }
  return dir;
}

export function browserBinary(name: 'chromium' | 'firefox-esr'): string {
  const path = `/usr/bin/${name}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install -y ${name} (npm test does).`);
  return path;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}/${name}.png`;
}

export function fixtureHtml(file: string): string {
  return readFileSync(`${PAGES_DIR}/${file}`, 'utf8');
}
