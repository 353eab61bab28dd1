import { launchFirefox } from './browsers';
import { defineExtensionSuite } from './suite';

defineExtensionSuite('firefox', launchFirefox);
