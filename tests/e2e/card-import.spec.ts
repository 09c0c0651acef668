import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('moving members in: a CSV with 卡号, 余额 and 积分 opens each card with its balances, shown on the customer’s page', async ({
  page,
}) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(shuke.url);
  await page.getByRole('button', { name: '导入（Excel、CSV、手机通讯录）' }).click();
  const csv =
    '会员姓名,手机,卡号,储值余额,赠送余额,积分,洗车剩余次数\r\n' +
    '王丽华,13800138000,A001,"¥1,230.50",30,120,5\r\n' +
    '李四,13900001234,A002,88,,15,\r\n' +
    '张三,13700005678,A003,-50,,,\r\n';
  await page
    .getByLabel('文件（Excel .xlsx、CSV、手机通讯录 .vcf）')
    .setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const sample = page.getByRole('table', { name: '前几行' });
  await expect(sample).toContainText('卡号 A001，积分 120，余额 ¥1,260.50（含赠送 ¥30.00），洗车 5 次');
  await expect(page.getByRole('region', { name: '导入前需要改正的问题' })).toContainText('“-50”小于零：卡上的余额不能是负数');
  await expect(page.getByLabel('内容: 卡号')).toHaveValue('cardNumber');
  await sample.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/card-import-preview-zh-CN.png' });
  await page.getByRole('button', { name: '只导入没有问题的 2 行，有问题的 1 行另存待改' }).click();
  await expect(page.getByRole('status').first()).toContainText('开了 2 张会员卡');
  await page.getByRole('button', { name: '关闭' }).click();

  const { items } = await callApi<{ items: { id: string; name: string }[] }>(shuke, page.request, 'customers.list', {});
  const wang = items.find((c) => c.name === '王丽华');
  expect(wang).toBeDefined();
  await page.goto(`${shuke.url}#/customers/${wang?.id ?? ''}`);
  const panel = page.getByRole('region', { name: '会员卡' });
  await expect(panel).toContainText('A001');
  await expect(panel).toContainText('120');
  await expect(panel).toContainText('¥1,260.50');
  await expect(panel).toContainText('洗车');
  await expect(page.getByText('期初余额（从原来的系统导入，卡号 A001）').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/card-import-customer-zh-CN.png' });
});
