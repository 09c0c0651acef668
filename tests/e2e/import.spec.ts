import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { encodeGb18030 } from '../helpers/gb18030';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('moving in: a GBK CSV from WPS with Chinese headers, checked, imported, then found at the counter', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();
  const bad = '姓名,手机,生日\r\n张三,13800138000,1985/3/12\r\n,,明年\r\n';
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: encodeGb18030(bad) });
  await expect(page.getByRole('region', { name: '导入前需要改正的问题' })).toContainText(
    '第 3 行：生日“明年”不是熟客能读懂的日期；既没有姓名也没有电话',
  );
  await page.screenshot({ path: 'test-results/screenshots/import-problems.png' });
  await expect(page.getByRole('button', { name: '导入 2 位客户' })).toBeDisabled();
  // Or import the good row now and take the bad one away in a file to fix.
  await page.getByRole('button', { name: '只导入没有问题的 1 行，有问题的 1 行另存待改' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存这 1 行待改（CSV）' }).click();
  const saved = await (await downloading).path();
  expect(fs.readFileSync(saved, 'utf8')).toBe(
    '\uFEFF姓名,手机,生日,问题\r\n,,明年,生日“明年”不是熟客能读懂的日期；既没有姓名也没有电话\r\n',
  );
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();

  const csv =
    '姓名,手机,性别,生日,备注,喜好\r\n张三,138 0013 8000,男,1985/3/12,老客户,藏青\r\n王丽华,13900001234,女,农历八月十五,喜欢真丝,\r\n李娜,13700005678,女,3月12日,,\r\n';
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: encodeGb18030(csv) });
  await expect(page.getByText('共 3 行，按 GBK/GB18030 读取')).toBeVisible();
  await expect(page.getByRole('region', { name: '导入前需要改正的问题' })).toContainText('没有发现问题');
  await expect(page.getByLabel('内容: 生日')).toHaveValue('birthday');
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png' });
  await page.getByRole('button', { name: '导入 3 位客户' }).click();

  // 张三 came in with the good row above: this time he is merged, not doubled.
  await expect(page.getByRole('status')).toContainText('新增 2 位，合并到已有客户 1 位');
  await expect(page.getByRole('table')).toContainText('王丽华');

  // The same people again, with one new face: stopped at the door and merged, not doubled.
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();
  const again = `${csv}赵敏,13600007777,女,,,\r\n`;
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: encodeGb18030(again) });
  const matches = page.getByRole('region', { name: '已在熟客里的人' });
  await expect(matches).toContainText('有 3 行是熟客里已有的客户');
  await expect(matches).toContainText('第 3 行 王丽华 — 电话相同：王丽华');
  await matches.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/import-matches.png' });
  await page.getByRole('button', { name: '导入 4 位客户' }).click();
  await expect(page.getByRole('status')).toContainText('已导入：新增 1 位，合并到已有客户 3 位，跳过 0 位。');
  await expect(page.getByRole('row', { name: /张三/ })).toHaveCount(1);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('zs');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('张三');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '张先生' })).toContainText('藏青');
});

test('moving in from a phone: a vCard file', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();
  const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:陈;美玲;;;\r\nFN:陈美玲\r\nTEL;TYPE=CELL:0912-345-678\r\nEND:VCARD\r\n';
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
  await expect(page.getByText('在通讯录文件中找到 1 位联系人：')).toBeVisible();
  await expect(page.getByRole('table', { name: '前几行' })).toContainText('0912-345-678');
  await page.getByRole('button', { name: '导入 1 位客户' }).click();
  await expect(page.getByRole('status')).toContainText('新增 1 位');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('678');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('陈美玲');
});

test('moving in from Excel: an .xlsx with phones stored as numbers and birthdays as date cells', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-TW' });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客戶');
  sheet.addRow(['姓名', '手機', '生日', '備註']);
  sheet.addRow(['陳美玲', 912345678, new Date(Date.UTC(1988, 6, 9)), '喜歡淺色']);
  sheet.addRow(['林志明', 13800138000, '農曆八月十五', '']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '匯入（Excel、CSV、手機通訊錄）' }).click();
  await page
    .getByLabel('檔案（Excel .xlsx、CSV、手機通訊錄 .vcf）')
    .setInputFiles({ name: '客戶.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByText('共 2 列，來自活頁簿的第一張工作表')).toBeVisible();
  const sample = page.getByRole('table', { name: '前幾列' });
  await expect(sample).toContainText('1988-07-09');
  await expect(sample).toContainText('13800138000');
  await page.screenshot({ path: 'test-results/screenshots/import-xlsx-zh-TW.png' });
  await page.getByRole('button', { name: '匯入 2 位客戶' }).click();
  await expect(page.getByRole('status')).toContainText('新增 2 位');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('8000');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('林志明');
});
