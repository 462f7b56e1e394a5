// The built Firefox extension in Debian's Firefox ESR.
import { describe } from 'vitest';
import { firefoxDriver } from './support/driver';
import { describeExtension } from './support/scenario';

describe('Firefox', () => describeExtension(firefoxDriver));
