import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;

test.beforeEach(async () => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
});

test.afterEach(async () => {
  await shuke.stop();
});

test('an empty book opens a sample to look around in, says on every page that it is not real, and goes back to the empty book unchanged', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '欢迎使用熟客' })).toBeVisible();
  const backups = path.join(shuke.dataDir, 'backups');
  // The automatic backup taken a few seconds after start (once the page has loaded), of the real (empty) book.
  await expect.poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups).length : 0), { timeout: 15_000 }).toBe(1);
  const backupsBefore = fs.readdirSync(backups);

  await page.getByRole('button', { name: '打开示例客户簿看看' }).click();
  const banner = page.getByRole('note', { name: /这是示例客户簿，里面的一切都不是真的/ });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('200 位客户');
  // Readable in both themes, at a small laptop's width too.
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.screenshot({ path: `test-results/screenshots/sample-book-${theme}-1024.png` });
    const faint = await new AxeBuilder({ page }).include('.sample-banner').withRules(['color-contrast']).analyze();
    expect(faint.violations, theme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Every page says so, and the lookup finds the sample's customers.
  await page.getByRole('link', { name: '今天' }).click();
  await expect(banner).toBeVisible();
  await page.getByRole('link', { name: '洞察' }).click();
  await expect(banner).toBeVisible();
  // Nothing about the sample is backed up, by hand or beside the real backups.
  await page.getByRole('link', { name: '今天' }).click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status')).toContainText('示例客户簿是虚构的，不做备份');
  expect(fs.readdirSync(backups)).toEqual(backupsBefore);
  expect(await callApi(shuke, request, 'book.status', {})).toEqual({ kind: 'sample', sampleAvailable: true });

  await banner.getByRole('button', { name: '回到我的客户簿' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用熟客' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(await callApi<{ total: number }>(shuke, request, 'customers.list', {})).toMatchObject({ total: 0 });
  expect(fs.readdirSync(backups)).toEqual(backupsBefore);
  expect(fs.existsSync(path.join(shuke.dataDir, 'sample', 'shuke.sqlite'))).toBe(true);
  expect(errors).toEqual([]);
});
