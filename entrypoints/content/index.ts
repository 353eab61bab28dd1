import { runInPage } from '../../lib/page/controller';
import { setPalette } from '../../lib/paint/painter';
import { loadSettings, watchSettings } from '../../lib/settings';

export default defineContentScript({
  // Registered by the background (lib/access.ts) when pages are read automatically, injected into
  // one tab by the popup or a shortcut otherwise; so the manifest declares no content script.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      setPalette((await loadSettings()).palette);
      // Registered before the controller's own listener, which repaints: storage.onChanged calls
      // listeners in the order they were added, so the repaint already uses the new palette.
      watchSettings((settings) => setPalette(settings.palette), ctx.signal);
      await runInPage(document, ctx.signal);
    } catch (error: unknown) {
      if (!ctx.signal.aborted) console.warn('Who Said could not run on this page:', error);
    }
  },
});
