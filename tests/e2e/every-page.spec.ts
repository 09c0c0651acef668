import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

// Every page, in every language, light and dark, on a cheap laptop and a large screen: each one
// screenshotted for a person to look at, and checked for text too faint to read (axe's
// color-contrast rule) in both themes.
let dataDir = '';
let shuke: RunningShuke | null = null;

test.beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-e2e-pages-'));
  const today = new Date().toISOString().slice(0, 10);
  execFileSync(process.execPath, ['dist/cli/demo-data.cjs', '--data', dataDir, '--customers', '300', '--seed', '11', '--now', today], {
    stdio: 'ignore',
  });
});
test.afterEach(async () => {
  await shuke?.stop();
  shuke = null;
});

const sizes = [
  [1024, 640],
  [1920, 1080],
] as const;

async function firstCustomerId(page: Page, url: string): Promise<string> {
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token') ?? '';
  const reply = await page.request.post(`${origin}/api/customers.list`, { headers: { Authorization: `Bearer ${token}` }, data: {} });
  const body = (await reply.json()) as { value: { items: { id: string }[] } };
  return body.value.items[0]?.id ?? '';
}

for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`every page in ${lang}, light and dark, 1024×640 and 1920×1080, with readable contrast`, async ({ page }) => {
    test.setTimeout(180_000);
    shuke = await startBrowserMode({ dataDir, lang });
    const id = await firstCustomerId(page, shuke.url);
    const pages = [
      ['today', '#/today'],
      ['customers', '#/customers'],
      ['customer', `#/customers/${id}`],
      ['insights', '#/insights'],
    ] as const;
    const faint: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        for (const [name, hash] of pages) {
          await page.goto(`${shuke.url}${hash}`);
          await expect(page.locator('h1').first()).toBeVisible();
          // Charts and lists that load after the heading.
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: `test-results/screenshots/pages/${name}-${lang}-${theme}-${width}.png` });
          if (width !== 1920) continue;
          const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
          for (const v of result.violations)
            for (const node of v.nodes) faint.push(`${name} ${theme}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`);
        }
      }
    }
    expect(faint).toEqual([]);
  });
}
