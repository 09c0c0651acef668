import fs from 'node:fs';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Uses CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser if one was
 * installed. With none of them the run stops with a message saying how to get one.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (found !== undefined) return { executablePath: found, args: flags };
  console.warn(
    'No Chromium found at CHROMIUM_PATH or /usr/bin/chromium; trying Playwright’s own browser. ' +
      'If that fails: `sudo apt-get install chromium` (Debian/Ubuntu), set CHROMIUM_PATH, or run `npx playwright install chromium`.',
  );
  return { args: flags };
}
