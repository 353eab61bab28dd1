import { describe, expect, it } from 'vitest';
import { handSettings, startInPage, takeHandedSettings } from '../lib/page/lifetime';
import { DEFAULT_SETTINGS, siteView } from '../lib/settings';

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

describe('settings handed over with the injection', () => {
  /** As `scripting.executeScript({ func, args })` runs it: from its source alone, in the script's world. */
  const runAsInjected = (settings: unknown) => (new Function(`return (${handSettings.toString()})`)() as typeof handSettings)(settings);

  it('reach the next start once, with the per-site off switch, and are gone for the start after it', () => {
    runAsInjected({ ...DEFAULT_SETTINGS, mode: 'sources', sites: { 'zeit.de': { disabled: true } } });
    const handed = takeHandedSettings();
    expect(handed?.mode).toBe('sources');
    expect(siteView(handed!, 'www.zeit.de').disabled).toBe(true);
    expect(siteView(handed!, 'spiegel.de').disabled).toBe(false);
    expect(takeHandedSettings()).toBeNull();
  });

  it('are validated like stored ones: malformed entries fall back to the defaults', () => {
    runAsInjected({ mode: 'rainbow', sites: { 'zeit.de': { disabled: 'yes' } }, palette: 42 });
    expect(takeHandedSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are none where nothing was handed over, so the script reads storage', () => {
    expect(takeHandedSettings({})).toBeNull();
  });
});
