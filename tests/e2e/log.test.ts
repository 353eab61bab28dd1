import { launchChromium, launchFirefox } from './browsers';
import { defineLogSuite } from './log-suite';

defineLogSuite('chromium', launchChromium);
defineLogSuite('firefox', launchFirefox);
