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

  // The page cannot name a file on this machine: a path is refused where a chosen file's id belongs.
  const api = (call: string) => new URL(`/api/${call}`, shuke.url).href;
  for (const call of ['backup.inspect', 'backup.restore']) {
    const byPath = await page.request.post(api(call), { data: { file: backup } });
    expect(byPath.status(), call).toBe(400);
    const asId = await page.request.post(api(call), { data: { chosen: backup } });
    expect(await asId.json(), call).toMatchObject({ ok: false, error: { key: 'chosenFileUnknown' } });
  }
  expect((await page.request.post(api('backup.setFolder'), { data: { dir: shuke.dataDir } })).status()).toBe(400);
  expect(await (await page.request.post(api('backup.choose'), { data: {} })).json()).toMatchObject({
    ok: false,
    error: { key: 'chooseNeedsDesktop' },
  });

  // A file that is not a backup is refused and nothing changes.
  await page.getByRole('button', { name: '设置' }).click();
  await page
    .getByLabel('从备份文件恢复')
    .setInputFiles({ name: 'notes.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a book') });
  await expect(page.getByRole('status')).toContainText('无法作为客户簿读取');
  await expect(page.getByRole('status')).toContainText('什么都没有改变');
  await page.screenshot({ path: 'test-results/screenshots/restore-refused.png' });

  // Picking the backup only shows it beside the book; nothing changes until it is confirmed.
  await page.getByLabel('从备份文件恢复').setInputFiles(backup);
  const confirm = page.getByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
  await expect(confirm.getByRole('region', { name: '备份' })).toContainText('1');
  await expect(confirm.getByRole('region', { name: '现在的客户簿' })).toContainText('2');
  await page.screenshot({ path: 'test-results/screenshots/restore-confirm.png' });
  await confirm.getByRole('button', { name: '保持原样' }).click();
  await expect(confirm).toBeHidden();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('后来');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('后来的人');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '设置' }).click();
  await page.getByLabel('从备份文件恢复').setInputFiles(backup);
  const loaded = page.waitForEvent('load');
  await confirm.getByRole('button', { name: '恢复这个备份' }).click();
  await loaded;
  // Today says what happened, keeps the backup record, and offers to undo.
  const undo = page.getByRole('note').filter({ hasText: '恢复' }).first();
  await expect(undo).toContainText(path.basename(backup));
  await expect(page.getByText('还没有备份')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/restore-undo-offered.png' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('8821');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('王丽华');
  await page.keyboard.press('Escape');
  await page.keyboard.type('后来');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('新建客户');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: '今天' }).click();
  await undo.getByRole('button', { name: '撤销这次恢复' }).click();
  const reloaded = page.waitForEvent('load');
  await undo.getByRole('button', { name: '撤销', exact: true }).click();
  await reloaded;
  // The page first asks whether the book is locked, then mounts: the lookup must be there to take Ctrl+K.
  await expect(page.getByRole('combobox', { name: '查找客户' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('后来');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('后来的人');
});

test('a second browser mode on the same book is refused, naming the first', async () => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  const second = startBrowserMode({ dataDir: shuke.dataDir });
  await expect(second).rejects.toThrow(/open in browser mode \(process \d+/);
});
