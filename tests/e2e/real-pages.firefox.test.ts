import { launchFirefox } from './browsers';
import { defineRealPagesSuite } from './real-pages';

/** A handful in Firefox: windows-1252, an interview transcript, a paywall teaser, a quote-dense and a 10k-element page. */
defineRealPagesSuite('firefox', launchFirefox, [
  'de/die-tagespost.de-1.html',
  'de/ndr.de-1.html',
  'de/badische-zeitung.de-1.html',
  'en/cnn.com-2.html',
  'large/en.wikipedia.org-1.html',
]);
