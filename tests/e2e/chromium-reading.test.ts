// The reading scenario (hover card, navigation, dynamic and big pages, pause) in Chromium.
import { describe } from 'vitest';
import { chromiumDriver } from './support/driver';
import { describeReading } from './support/reading-scenario';

describe('Chromium: reading', () => describeReading(chromiumDriver));
