import { launchChromium, launchFirefox } from './browsers';
import { defineAccessSuite } from './access-suite';

defineAccessSuite('chromium', launchChromium);
defineAccessSuite('firefox', launchFirefox);
