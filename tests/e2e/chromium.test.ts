// The built Chrome MV3 extension in Debian's Chromium.
import { describe } from 'vitest';
import { chromiumDriver } from './support/driver';
import { describeExtension } from './support/scenario';

describe('Chromium', () => describeExtension(chromiumDriver));
