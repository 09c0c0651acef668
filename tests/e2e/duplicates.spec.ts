import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('after an import, the same customer written twice is shown side by side, the merge shown first, then merged', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();
  const csv = '姓名,手机,邮箱,喜好\r\n王丽华,138 0013 8821,,真丝\r\n丽华,13800138821,wang@example.com,藏青\r\n张三,13900001111,,\r\n';
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: '导入 3 位客户' }).click();
  await expect(page.getByRole('status')).toContainText('新增 3 位');
  await expect(page.getByRole('region', { name: '客户' })).toContainText('3 位客户');

  await page.getByRole('button', { name: '查找重复客户' }).click();
  await expect(page.getByRole('listitem', { name: '电话相同 13800138821' })).toBeVisible();
  await page.getByRole('button', { name: '保留 王丽华，把另一位合并进来' }).click();
  await expect(page.getByRole('note')).toContainText('补上：邮箱。');
  await page.screenshot({ path: 'test-results/screenshots/duplicates-merge-plan.png' });
  await page.getByRole('button', { name: '确认合并' }).click();
  await expect(page.getByRole('status')).toContainText('已合并到 王丽华');
  await expect(page.getByText('没有发现可能重复的客户。')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('wlh');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: '王丽华' });
  await expect(card).toContainText('真丝');
  await expect(card).toContainText('藏青');
});
