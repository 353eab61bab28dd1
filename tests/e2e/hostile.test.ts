import { launchChromium, launchFirefox } from './browsers';
import { defineHostileSuite } from './hostile-suite';

defineHostileSuite('chromium', launchChromium);
defineHostileSuite('firefox', launchFirefox);
