import { launchChromium } from './browsers';
import { defineExtensionSuite } from './suite';

/*
 * No wrapping-fallback run here: Blink ships the Highlight API without a runtime switch, and the
 * content script's isolated world keeps its own `CSS` and `Highlight` bindings, so an init script
 * deleting them in the page does not reach it. The fallback runs in Firefox (by pref) and jsdom.
 */
defineExtensionSuite('chromium', () => launchChromium());
