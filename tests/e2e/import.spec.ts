import { expect, test } from '@playwright/test';
import { encodeGb18030 } from '../helpers/gb18030';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('moving in: a GBK CSV from WPS with Chinese headers, checked, imported, then found at the counter', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '从 Excel 导入（CSV）' }).click();
  const bad = '姓名,手机,生日\r\n张三,13800138000,1985/3/12\r\n,,明年\r\n';
  await page.getByLabel('CSV 文件', { exact: true }).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: encodeGb18030(bad) });
  await expect(page.getByRole('region', { name: '导入前需要改正的问题' })).toContainText(
    '第 3 行：生日“明年”不是熟客能读懂的日期；既没有姓名也没有电话',
  );
  await page.screenshot({ path: 'test-results/screenshots/import-problems.png' });
  await expect(page.getByRole('button', { name: '导入 2 位客户' })).toBeDisabled();

  const csv =
    '姓名,手机,性别,生日,备注,喜好\r\n张三,138 0013 8000,男,1985/3/12,老客户,藏青\r\n王丽华,13900001234,女,农历八月十五,喜欢真丝,\r\n李娜,13700005678,女,3月12日,,\r\n';
  await page
    .getByLabel('CSV 文件', { exact: true })
    .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: encodeGb18030(csv) });
  await expect(page.getByText('共 3 行，按 GBK/GB18030 读取')).toBeVisible();
  await expect(page.getByRole('region', { name: '导入前需要改正的问题' })).toContainText('没有发现问题');
  await expect(page.getByLabel('内容: 生日')).toHaveValue('birthday');
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png' });
  await page.getByRole('button', { name: '导入 3 位客户' }).click();
  await expect(page.getByRole('status')).toContainText('已导入 3 位客户');
  await expect(page.getByRole('table')).toContainText('王丽华');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('zs');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('张三');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '张先生' })).toContainText('藏青');
});

test('moving in from a phone: a vCard file', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '从 Excel 导入（CSV）' }).click();
  const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:陈;美玲;;;\r\nFN:陈美玲\r\nTEL;TYPE=CELL:0912-345-678\r\nEND:VCARD\r\n';
  await page
    .getByLabel('CSV 文件', { exact: true })
    .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
  await expect(page.getByText('在 vCard 文件中找到 1 位联系人。')).toBeVisible();
  await page.getByRole('button', { name: '导入 1 位客户' }).click();
  await expect(page.getByRole('status')).toContainText('已导入 1 位客户');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('678');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('陈美玲');
});
