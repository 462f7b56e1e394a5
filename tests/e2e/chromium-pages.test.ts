// The extension's pages and a card's actions (shortcuts, welcome, sizes, languages, axe-core, live popup, hide and edit) in Chromium.
import { describe } from 'vitest';
import { chromiumDriver } from './support/driver';
import { describePages } from './support/pages-scenario';

describe('Chromium: pages and card actions', () => describePages(chromiumDriver));
