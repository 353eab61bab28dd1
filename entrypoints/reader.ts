import { runInPage } from '../lib/page/controller';
import { takeOverPage } from '../lib/page/lifetime';
import { setPalette } from '../lib/paint/painter';
import { loadSettings, watchSettings } from '../lib/settings';

/**
 * The content script. Registered by the background (lib/access.ts) when pages are read
 * automatically, injected into one tab by the popup or a shortcut otherwise, with its style sheet
 * (entrypoints/content/index.css). An unlisted script rather than WXT's content script entry: that
 * one announces every start to the page with the extension's id and stops on a replayed
 * announcement; this one's lifetime lives where the page cannot reach it (lib/page/lifetime.ts).
 */
export default defineUnlistedScript(async () => {
  const signal = takeOverPage();
  try {
    setPalette((await loadSettings()).palette);
    // Registered before the controller's own listener, which repaints: storage.onChanged calls
    // listeners in the order they were added, so the repaint already uses the new palette.
    watchSettings((settings) => setPalette(settings.palette), signal);
    await runInPage(document, signal);
  } catch (error: unknown) {
    if (!signal.aborted) console.warn('Who Said could not run on this page:', error);
  }
});
