import { launchChromium } from './browsers';
import { defineRealPagesSuite, sharedPages } from './real-pages';

defineRealPagesSuite('chromium', launchChromium, sharedPages(), true);
