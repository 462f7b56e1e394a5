// Issue 6 in the built Chrome MV3 extension: popup search and page list, options page edits and import/export.
import { describe } from 'vitest';
import { chromiumDriver } from './support/driver';
import { describeFactBase } from './support/fact-base-scenario';

describe('Chromium: fact base', () => describeFactBase(chromiumDriver));
