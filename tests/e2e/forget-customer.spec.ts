import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

function holdsName(file: string, name: string): boolean {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT 1 FROM customers WHERE name = ?').get(name) !== undefined;
  } finally {
    db.close();
  }
}

test('a customer deleted for good is taken out of the older backups when the owner agrees', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  // Browser mode backs the book up a few seconds after it starts: wait for that copy first, so the
  // backups that hold the customers are known before the delete asks about them.
  const backups = path.join(shuke.dataDir, 'backups');
  await expect
    .poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite')).length : 0), { timeout: 15_000 })
    .toBe(1);
  for (const name of ['留下的人', '要删除的人']) {
    await page.keyboard.press('Control+n');
    await page.getByRole('dialog').getByLabel('姓名').fill(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await page.getByRole('link', { name: '今天' }).click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status')).toContainText('并已验证');
  const dir = path.join(shuke.dataDir, 'backups');
  // The manual backup holds them; an automatic one may too, depending on when it ran.
  const holding = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .filter((f) => holdsName(path.join(dir, f), '要删除的人'));
  expect(holding.length).toBeGreaterThanOrEqual(1);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('要删除');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('要删除的人');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '编辑资料' }).click();
  await page.getByRole('button', { name: '彻底删除……' }).click();
  await page.getByLabel('输入以确认').fill('要删除的人');
  await page.getByRole('button', { name: '彻底删除', exact: true }).click();
  const offer = page.getByRole('dialog', { name: '之前的备份里还有 要删除的人' });
  await expect(offer.getByRole('list', { name: '还有 TA 的备份' }).getByRole('listitem')).toHaveCount(holding.length);
  for (const file of holding) await expect(offer.getByRole('list', { name: '还有 TA 的备份' })).toContainText(file);
  await page.screenshot({ path: 'test-results/screenshots/forget-in-backups.png' });
  await offer.getByRole('button', { name: `改写 ${holding.length} 份备份，去掉 要删除的人` }).click();
  await expect(page.getByRole('status')).toContainText(`已改写 ${holding.length} 份备份，去掉了 要删除的人`);
  await expect(offer).toBeHidden();

  for (const file of holding) {
    const backup = path.join(dir, file);
    expect(holdsName(backup, '要删除的人')).toBe(false);
    expect(holdsName(backup, '留下的人')).toBe(true);
    // Its bytes keep no trace of the name either (the rewrite vacuums freed pages).
    expect(fs.readFileSync(backup).includes(Buffer.from('要删除的人'))).toBe(false);
  }
});
