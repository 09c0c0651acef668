import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

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
  // Each record is a card with what tells it apart; the one to keep is chosen on its card.
  const kept = page.getByRole('region', { name: /^王丽华 · / });
  await expect(kept).toContainText('来店次数');
  await kept.getByRole('button', { name: /^保留这位/ }).click();
  await expect(page.getByRole('note')).toContainText('补上：邮箱。');
  await expect(page.getByRole('note')).toContainText('合并前的两份记录会完整写进 王丽华 的日记。');
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

const api = <T>(request: APIRequestContext, name: string, input: object) => callApi<T>(shuke, request, name, input);

test('quick-add with a phone already in the book says whose it is, and Enter opens her instead of adding a second', async ({
  page,
  request,
}) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  const wang = await api<{ id: string }>(request, 'customers.create', {
    name: '王梓萱',
    gender: 'female',
    phones: [{ number: '138 0013 8821' }],
  });
  for (const day of ['2026-06-15', '2026-09-15', '2026-11-15']) {
    await api(request, 'entries.add', { customerId: wang.id, kind: 'visit', text: '来店看看', occurredAt: `${day}T04:00:00Z` });
  }
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: '新客户' });
  await dialog.getByLabel('电话').fill('+86 138-0013-8821');
  await page.keyboard.press('Enter');
  // The tier shows once the book's values are computed (in the background); visits and since are the record's own.
  await expect(dialog.getByRole('alert')).toContainText('这个电话是 王梓萱 的（来过 3 次，');
  await expect(dialog.getByRole('alert')).toContainText('2026-06 起）：打开她，还是仍然添加？');
  await page.screenshot({ path: 'test-results/screenshots/quick-add-same-phone.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${wang.id}$`));
  await expect(page.getByRole('region', { name: '王女士' })).toContainText('王梓萱');
  expect(await api<{ total: number }>(request, 'customers.list', {})).toMatchObject({ total: 1 });
});
