import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('back up, change the book, restore the backup, and find the customers as they were', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('Control+n');
  await page.getByLabel('姓名').fill('王丽华');
  await page.getByLabel('电话').fill('13800138821');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '王丽华' })).toBeVisible();

  await page.getByRole('link', { name: '今天' }).click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status')).toContainText('并已验证');
  const backups = fs.readdirSync(path.join(shuke.dataDir, 'backups')).filter((f) => /^shuke-\d{8}-\d{6}\.sqlite$/.test(f));
  expect(backups).toHaveLength(1);
  const backup = path.join(shuke.dataDir, 'backups', backups[0] ?? '');

  await page.keyboard.press('Control+n');
  await page.getByLabel('姓名').fill('后来的人');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '后来的人' })).toBeVisible();

  // A file that is not a backup is refused and nothing changes.
  await page.getByRole('button', { name: '设置' }).click();
  await page
    .getByLabel('从备份文件恢复')
    .setInputFiles({ name: 'notes.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a book') });
  await expect(page.getByRole('status')).toContainText('无法作为客户簿读取');
  await expect(page.getByRole('status')).toContainText('什么都没有改变');
  await page.screenshot({ path: 'test-results/screenshots/restore-refused.png' });

  await page.getByLabel('从备份文件恢复').setInputFiles(backup);
  await expect(page.getByRole('status')).toContainText('已恢复 1 位客户');
  await page.waitForEvent('load');
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('8821');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('王丽华');
  await page.keyboard.press('Escape');
  await page.keyboard.type('后来');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('新建客户');
});
