import { launchFirefox } from './browsers';
import { defineExtensionSuite } from './suite';

defineExtensionSuite(
  'firefox',
  () => launchFirefox(),
  () => launchFirefox({ prefs: { 'dom.customHighlightAPI.enabled': false } }),
);
