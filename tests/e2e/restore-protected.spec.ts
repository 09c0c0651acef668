import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

const running: RunningShuke[] = [];
test.afterEach(async () => {
  for (const shuke of running.splice(0)) await shuke.stop();
});

test('a protected backup from another book restores in browser mode with its key file and its passcode', async ({ page }) => {
  // The shop's old computer: a protected book with one customer, backed up.
  const old = await startBrowserMode({ lang: 'zh-CN' });
  running.push(old);
  await callApi(old, page.request, 'customers.create', { name: '欧阳娜娜', phones: [{ number: '13900139000' }] });
  await callApi(old, page.request, 'protection.enable', { passcode: 'old-counter-7', understood: true });
  await callApi(old, page.request, 'backup.now', {});
  await old.stop();
  const dir = path.join(old.dataDir, 'backups');
  const backupName = fs.readdirSync(dir).find((f) => /^shuke-\d{8}-\d{6}\.sqlite$/.test(f)) ?? '';
  const backup = path.join(dir, backupName);
  expect(fs.existsSync(`${backup}.keys.json`)).toBe(true);

  // A new computer with a fresh book: only the backup is chosen at first.
  const fresh = await startBrowserMode({ lang: 'zh-CN' });
  running.push(fresh);
  await page.goto(fresh.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('从备份文件恢复').setInputFiles(backup);
  const asking = page.getByRole('dialog', { name: '这个备份有密码保护' });
  await expect(asking).toContainText('.keys.json');
  await page.screenshot({ path: 'test-results/screenshots/restore-protected-keys.png' });
  // A file that is not a key file is refused beside the field.
  await asking
    .getByLabel('它的钥匙文件（.keys.json）')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(asking).toContainText('这不是熟客的钥匙文件');
  await asking.getByLabel('它的钥匙文件（.keys.json）').setInputFiles(`${backup}.keys.json`);
  const secret = asking.getByLabel('备份的密码，或它的恢复码');
  await secret.fill('not-it');
  await secret.press('Enter');
  await expect(asking).toContainText('不对');
  await page.screenshot({ path: 'test-results/screenshots/restore-protected-secret.png' });
  await secret.fill('old-counter-7');
  await secret.press('Enter');

  const confirm = page.getByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
  await expect(confirm.getByRole('region', { name: '备份' })).toContainText('1');
  const loaded = page.waitForEvent('load');
  await confirm.getByRole('button', { name: '恢复这个备份' }).click();
  await loaded;

  // The restored book is protected as it was (the passcode just given opened it), and holds the customer.
  await expect(page.getByRole('combobox', { name: '查找客户' })).toBeVisible();
  expect(await callApi(fresh, page.request, 'protection.status', {})).toMatchObject({ protected: true, locked: false });
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: '客户簿已锁定' })).toBeVisible();
  await page.getByLabel('密码或恢复码').fill('old-counter-7');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('combobox', { name: '查找客户' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('欧阳');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('欧阳娜娜');
  // Nothing of the customer is left readable on disk in the new book either.
  const book = fs.readFileSync(path.join(fresh.dataDir, 'shuke.sqlite'));
  expect(book.includes(Buffer.from('欧阳娜娜'))).toBe(false);
});
