import { launchChromium } from './browsers';
import { defineExtensionSuite } from './suite';

defineExtensionSuite('chromium', launchChromium);
