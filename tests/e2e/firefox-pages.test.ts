// The extension's pages and a card's actions (shortcuts, welcome, sizes, languages, axe-core, live popup, hide and edit) in Firefox.
import { describe } from 'vitest';
import { firefoxDriver } from './support/driver';
import { describePages } from './support/pages-scenario';

describe('Firefox: pages and card actions', () => describePages(firefoxDriver));
