// The reading scenario (hover card, navigation, dynamic and big pages, pause) in Firefox ESR.
import { describe } from 'vitest';
import { firefoxDriver } from './support/driver';
import { describeReading } from './support/reading-scenario';

describe('Firefox: reading', () => describeReading(firefoxDriver));
