import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/window-options';

// Each web preference that decides whether a page can reach the machine, with what Electron does
// when it is left out. An option that is absent takes Electron's default, so a test of the values
// written down would pass while a default changed under us; this judges what the page ends up with.
const guarded = {
  contextIsolation: { safe: true, electronDefault: true },
  sandbox: { safe: true, electronDefault: true },
  nodeIntegration: { safe: false, electronDefault: false },
  nodeIntegrationInWorker: { safe: false, electronDefault: false },
  nodeIntegrationInSubFrames: { safe: false, electronDefault: false },
  webviewTag: { safe: false, electronDefault: false },
  webSecurity: { safe: true, electronDefault: true },
  allowRunningInsecureContent: { safe: false, electronDefault: false },
  experimentalFeatures: { safe: false, electronDefault: false },
  navigateOnDragDrop: { safe: false, electronDefault: false },
} as const;

describe('window options', () => {
  it('leave the page isolated and sandboxed, with no Node, webviews or insecure content, whatever is left to defaults', () => {
    const prefs: Record<string, unknown> = { ...createWindowOptions('/app/preload.cjs', { development: false }).webPreferences };
    const unsafe = Object.entries(guarded)
      .filter(([key, rule]) => (key in prefs ? prefs[key] : rule.electronDefault) !== rule.safe)
      .map(([key]) => key);
    expect(unsafe).toEqual([]);
  });

  it('set nothing that opens a way around the sandbox', () => {
    const prefs: Record<string, unknown> = { ...createWindowOptions('/app/preload.cjs', { development: false }).webPreferences };
    // Options that loosen the page and have no safe use in Shuke.
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session']) expect(prefs[key], key).toBeUndefined();
    expect(prefs['preload']).toBe('/app/preload.cjs');
  });

  it('give DevTools only to a development build (Electron opens them unless told not to)', () => {
    expect(createWindowOptions('/p', { development: false }).webPreferences?.devTools).toBe(false);
    expect(createWindowOptions('/p', { development: true }).webPreferences?.devTools).toBe(true);
  });

  it('fit a cheap shop laptop (1366×768)', () => {
    const options = createWindowOptions('/p', { development: false });
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });
});
