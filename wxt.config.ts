import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  // `wxt zip -b firefox` also packs the sources AMO reviewers rebuild from (`npm ci && npm run
  // build`): package.json, package-lock.json, wxt.config.ts, tsconfig.json, README.md and the
  // source folders (entrypoints/, components/, lib/, public/). WXT already leaves out dotfiles,
  // node_modules, .output and *.test.* files; the tests' remaining helpers, fixtures and config,
  // the test and demo screenshots and the README's picture are not needed to build, so they stay out.
  zip: {
    excludeSources: ['test-artifacts/**', 'tests/**', 'docs/**', 'vitest.config.ts'],
  },
  manifest: ({ browser }) => ({
    // Translated through public/_locales (npm run locales writes them from components/*strings.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['tabs'], // tab URLs for the popup and per-site pausing; content scripts run by their matches, nothing uses storage (the data is IndexedDB)
    // Keyboard navigation between marks; users can rebind these (chrome://extensions/shortcuts,
    // Firefox's add-on manager). lib/ext/background-app.ts handles them.
    commands: {
      // Alt+Shift+N/P were left unassigned by Chromium ("Not set"); Alt+Shift+J/K are assigned by
      // both browsers (the e2e tests read commands.getAll()).
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_shortcuts_next__',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_shortcuts_previous__',
      },
    },
    // Drawn by scripts/make-icons.mjs (npm run icons).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' }, default_title: 'Factlens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factlens@factlens.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
