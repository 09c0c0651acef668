import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/window-options';

describe('window options', () => {
  it('isolate and sandbox the page, with no Node and no webviews', () => {
    const options = createWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('fit a cheap shop laptop (1366×768)', () => {
    const options = createWindowOptions('/p');
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });
});
