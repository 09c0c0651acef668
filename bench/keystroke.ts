import fs from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => p !== undefined && p !== '' && fs.existsSync(p)) ?? null;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Types each query into the lookup one key at a time and reads the page's own performance
 * measures ("lookup:paint": from the input event to the frame after its results rendered).
 */
export async function keystrokeBench(url: string, queries: string[]): Promise<number[] | null> {
  const executablePath = chromiumPath();
  if (executablePath === null) return null;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    const box = page.getByRole('combobox', { name: '查找客户' });
    await box.waitFor();
    // Typing starts once the opening page (the customer list's first page) has loaded: this
    // measures a keystroke, not the app's start.
    await page.waitForLoadState('networkidle');
    for (const query of queries) {
      await box.fill('');
      for (const char of query) {
        const before = await page.evaluate(() => performance.getEntriesByName('lookup:paint').length);
        await box.pressSequentially(char);
        await page
          .waitForFunction((n) => performance.getEntriesByName('lookup:paint').length > n, before, { timeout: 5000 })
          .catch(() => undefined);
      }
    }
    const durations = await page.evaluate(() => performance.getEntriesByName('lookup:paint').map((e) => e.duration));
    if (process.env.SHUKE_BENCH_VERBOSE === '1') console.log(durations.map((d) => d.toFixed(0)).join(' '));
    return durations;
  } finally {
    await browser.close();
  }
}
