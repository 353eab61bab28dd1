import { browser } from 'wxt/browser';
import type { StartStylesRequest, StartStylesResponse } from '../lib/messages';
import { keepPaintStart, newHighlightPrefix } from '../lib/paint/names';

/**
 * Started with every page while pages are read automatically (lib/access.ts registerPaintStart):
 * draws the page's random name prefix and has the background put the paint styles in under it now,
 * while the page has few elements, rather than once there is something to paint (a late sheet
 * restyles every element of the page). It leaves the prefix and the palette for the content script
 * in the isolated world and does nothing else: reading waits for the page's load.
 */
export default defineUnlistedScript(() => {
  const prefix = newHighlightPrefix();
  const request: StartStylesRequest = { type: 'start-styles', prefix };
  const palette = browser.runtime.sendMessage(request).then(
    (response) => (response as StartStylesResponse | undefined)?.palette ?? null,
    () => null,
  );
  keepPaintStart({ prefix, palette });
});
