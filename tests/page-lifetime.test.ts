import { describe, expect, it } from 'vitest';
import { startInPage } from '../lib/page/lifetime';

describe('content script lifetime', () => {
  it('starts once per world while the running instance reaches the extension', () => {
    const world = {};
    const first = startInPage(() => true, world);
    expect(first).not.toBeNull();
    expect(startInPage(() => true, world)).toBeNull();
    expect(first?.aborted).toBe(false);
  });

  it('replaces an instance the extension was reloaded under', () => {
    const world = {};
    let reachable = true;
    const first = startInPage(() => reachable, world);
    reachable = false;
    const second = startInPage(() => true, world);
    expect(first?.aborted).toBe(true);
    expect(second).not.toBeNull();
    expect(second?.aborted).toBe(false);
    expect(startInPage(() => true, world)).toBeNull();
  });

  it('replaces an instance that throws when asked (a dead object of an unloaded extension)', () => {
    const world = {};
    const first = startInPage(() => {
      throw new TypeError("can't access dead object");
    }, world);
    expect(startInPage(() => true, world)).not.toBeNull();
    expect(first?.aborted).toBe(true);
  });

  it('keeps instances of separate worlds apart', () => {
    expect(startInPage(() => true, {})).not.toBeNull();
    expect(startInPage(() => true, {})).not.toBeNull();
  });
});
