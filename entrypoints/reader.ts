import { browser } from 'wxt/browser';
import { CardLayer } from '../components/CardLayer';
import { runInPage } from '../lib/page/controller';
import { startInPage, takeHandedSettings } from '../lib/page/lifetime';
import { pageBackground } from '../lib/paint/background';
import { findPaintStart, setHighlightPrefix } from '../lib/paint/names';
import { setPalette } from '../lib/paint/painter';
import { paletteOnBackground, type Palette } from '../lib/paint/palette';
import { loadSettings, watchSettings } from '../lib/settings';

/**
 * The content script. Started by the background (lib/access.ts) in each page once it has loaded
 * when pages are read automatically, in one tab by the popup or a shortcut otherwise. Its paint
 * styles came with the page's start where the script started with it (entrypoints/paint-start.ts)
 * left their prefix, else they come once there is something to paint. An unlisted script rather than
 * WXT's content script entry: that one announces every start to the page with the extension's id
 * and stops on a replayed announcement; this one's lifetime lives where the page cannot reach it
 * (lib/page/lifetime.ts).
 */
export default defineUnlistedScript(async () => {
  // An extension that was reloaded or removed leaves its instances without a runtime id.
  const signal = startInPage(() => Boolean(browser.runtime?.id));
  if (!signal) return;
  try {
    // Handed over by the background with the injection, else (a start from the popup) read from
    // storage: the controller starts from these settings, then follows their changes. Handed
    // settings can be a moment old (a change on its way to the background), so the stored ones
    // are read meanwhile and followed where they differ, unless a change came first.
    const handed = takeHandedSettings();
    const read = loadSettings();
    const start = findPaintStart();
    if (start) setHighlightPrefix(start.prefix);
    // Read when a palette is first needed, to paint: in the script's first task, reading a computed
    // style made the browser restyle the page there (1–12 ms, in 3 of 12 traced loads of the seed).
    let background: string | undefined;
    const paletteFor = (chosen: Palette) => setPalette(() => paletteOnBackground(chosen, (background ??= pageBackground(document))));
    const settings = handed ?? (await read);
    let changed = false;
    paletteFor(settings.palette);
    // Registered before the controller's own listener, which repaints: storage.onChanged calls
    // listeners in the order they were added, so the repaint already uses the new palette.
    watchSettings((next) => {
      changed = true;
      paletteFor(next.palette);
    }, signal);
    const stored = read.then((next) => {
      if (changed || JSON.stringify(next) === JSON.stringify(settings)) return null;
      paletteFor(next.palette);
      return next;
    });
    await runInPage(document, settings, signal, new CardLayer(document), stored, start?.palette);
  } catch (error: unknown) {
    if (!signal.aborted) console.warn('Who Said could not run on this page:', error);
  }
});
