import { browser } from 'wxt/browser';
import { CardLayer } from '../components/CardLayer';
import type { StartStylesRequest, StartStylesResponse } from '../lib/messages';
import { runInPage } from '../lib/page/controller';
import { startInPage } from '../lib/page/lifetime';
import { pageBackground } from '../lib/paint/background';
import { findPaintStart, keepPaintStart, newHighlightPrefix, setHighlightPrefix, type PaintStart } from '../lib/paint/names';
import { setPalette } from '../lib/paint/painter';
import { paletteOnBackground, type Palette } from '../lib/paint/palette';
import { loadSettings, watchSettings } from '../lib/settings';

/**
 * The content script. Registered to start with every page while pages are read automatically
 * (lib/access.ts), started in one tab by the popup or a shortcut otherwise. Started with a page, it
 * has the background put the paint styles in at once, while the page has few elements (a late
 * sheet restyles every element of the page), reads the settings, and reads the page once it has
 * loaded: being there already when the load event fires saves injecting and compiling the script
 * after it. An unlisted script rather than WXT's content script entry: that one announces every
 * start to the page with the extension's id and stops on a replayed announcement; this one's
 * lifetime lives where the page cannot reach it (lib/page/lifetime.ts).
 */
export default defineUnlistedScript(async () => {
  // An extension that was reloaded or removed leaves its instances without a runtime id.
  const signal = startInPage(() => Boolean(browser.runtime?.id));
  if (!signal) return;
  try {
    const read = loadSettings();
    // An instance started later (from the popup, or after an update) finds the prefix and palette
    // the page's sheet was made for where an earlier one kept them.
    const start = document.readyState === 'loading' ? askStartStyles() : findPaintStart();
    if (start) setHighlightPrefix(start.prefix);
    // Read when a palette is first needed, to paint: in the script's first task, reading a computed
    // style made the browser restyle the page there (1–12 ms, in 3 of 12 traced loads of the seed).
    let background: string | undefined;
    const paletteFor = (chosen: Palette) => setPalette(() => paletteOnBackground(chosen, (background ??= pageBackground(document))));
    const settings = await read;
    paletteFor(settings.palette);
    // Registered before the controller's own listener, which repaints: storage.onChanged calls
    // listeners in the order they were added, so the repaint already uses the new palette.
    watchSettings((next) => paletteFor(next.palette), signal);
    await runInPage(document, settings, signal, new CardLayer(document), start?.palette);
  } catch (error: unknown) {
    if (!signal.aborted) console.warn('Who Said could not run on this page:', error);
  }
});

/**
 * Draws the page's random name prefix and asks the background for the paint styles under it; the
 * palette whose styles went in (null where the site is not read) is kept for later instances.
 */
function askStartStyles(): PaintStart {
  const prefix = newHighlightPrefix();
  const request: StartStylesRequest = { type: 'start-styles', prefix };
  const palette = browser.runtime.sendMessage(request).then(
    (response) => (response as StartStylesResponse | undefined)?.palette ?? null,
    () => null,
  );
  const start = { prefix, palette };
  keepPaintStart(start);
  return start;
}
