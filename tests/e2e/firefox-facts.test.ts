// Issue 6 in the built Firefox extension: popup search and page list, options page edits and import/export.
import { describe } from 'vitest';
import { firefoxDriver } from './support/driver';
import { describeFactBase } from './support/fact-base-scenario';

describe('Firefox: fact base', () => describeFactBase(firefoxDriver));
