import { launchChromium, launchFirefox } from './browsers';
import { defineUiSuite } from './ui-suite';

defineUiSuite('chromium', launchChromium);
defineUiSuite('firefox', launchFirefox);
