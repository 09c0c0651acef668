import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Every window Shuke opens: isolated, sandboxed, no Node in the page, no webviews; DevTools only in
 * a development build (run from a checkout), never in a packaged app.
 */
export function createWindowOptions(preloadPath: string, build: { development: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Shuke 熟客',
    backgroundColor: '#faf7f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: build.development,
    },
  };
}
