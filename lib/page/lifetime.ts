/**
 * The lifetime of the content script in one page: one AbortController that everything it starts
 * (listeners, observers, highlights, the card) stops through.
 *
 * A newer instance (the popup injecting again, an update of the extension) replaces the older one
 * through a key on the isolated world's global object. The page's scripts run in another world
 * (Chromium's isolated worlds, Firefox's sandboxes) and can neither see nor reach that object, so
 * nothing the page sends can stop, restart or steer the content script, and nothing is announced
 * to the page (unlike WXT's ContentScriptContext, which broadcasts the extension's id and stops on
 * a forged event).
 */
const RUNNING = Symbol.for('who-said.running');

type Scope = { [RUNNING]?: AbortController };

/** Stops the instance running in this world, if any, and returns the new instance's signal. */
export function takeOverPage(scope: object = globalThis): AbortSignal {
  const holder = scope as Scope;
  holder[RUNNING]?.abort();
  const controller = new AbortController();
  holder[RUNNING] = controller;
  controller.signal.addEventListener('abort', () => {
    if (holder[RUNNING] === controller) delete holder[RUNNING];
  });
  return controller.signal;
}

/** Stops this world's instance (the extension was reloaded or removed underneath it). */
export function stopRunning(scope: object = globalThis): void {
  (scope as Scope)[RUNNING]?.abort();
}
