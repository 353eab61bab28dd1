/**
 * The lifetime of the content script in one page: one AbortController that everything it starts
 * (listeners, observers, highlights, the card) stops through.
 *
 * Instances meet through a key on the isolated world's global object. The page's scripts run in
 * another world (Chromium's isolated worlds, Firefox's sandboxes) and can neither see nor reach
 * that object, so nothing the page sends can stop, restart or steer the content script, and
 * nothing is announced to the page (unlike WXT's ContentScriptContext, which broadcasts the
 * extension's id and stops on a forged event).
 */
const RUNNING = Symbol.for('who-said.running');

interface Instance {
  controller: AbortController;
  /** Whether the instance can still reach the extension (false once it was reloaded or removed). */
  connected: () => boolean;
}

type Scope = { [RUNNING]?: Instance };

/** An instance of an unloaded extension may throw rather than answer (Firefox's dead objects). */
function reaches(instance: Instance): boolean {
  try {
    return instance.connected();
  } catch {
    return false;
  }
}

/**
 * Starts an instance in this world unless one runs there that is still connected to the
 * extension: the page is read already (the instance started with the page, when the popup starts
 * another), so the caller need not ask first. An instance cut off from the extension
 * by its update is stopped and replaced. Returns the new instance's signal, or null.
 */
export function startInPage(connected: () => boolean, scope: object = globalThis): AbortSignal | null {
  const holder = scope as Scope;
  const running = holder[RUNNING];
  if (running && reaches(running)) return null;
  running?.controller.abort();
  const controller = new AbortController();
  holder[RUNNING] = { controller, connected };
  return controller.signal;
}
