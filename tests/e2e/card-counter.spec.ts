import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

const api = <T>(request: APIRequestContext, name: string, input: object) => callApi<T>(shuke, request, name, input);

test('zh-CN: lookup, the card on the recall card, one punch by key, a purchase paid partly from the balance', async ({ page, request }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await api(request, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const wang = await api<{ id: string }>(request, 'customers.create', {
    name: '王丽华',
    gender: 'female',
    phones: [{ number: '138 0013 8821' }],
  });
  await api(request, 'cards.move', { customerId: wang.id, request: { kind: 'top_up', principal: 50_000 } });
  await api(request, 'cards.move', {
    customerId: wang.id,
    request: { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000, validUntil: '2099-12-31' },
  });

  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('wlh');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('王丽华');
  await page.keyboard.press('Enter');

  const recall = page.getByRole('region', { name: '王女士' });
  await expect(recall).toContainText('余额 ¥550.00');
  await expect(recall).toContainText('洗车 剩 10/10 次 · 至 2099-12-31');
  await page.screenshot({ path: 'test-results/screenshots/card-counter-recall-zh-CN.png' });

  await page.keyboard.press('Alt+p');
  await expect(recall).toContainText('洗车 剩 9/10 次');
  await expect(recall).toContainText('上次用卡：洗车卡用 1 次');

  await page.keyboard.press('Alt+3');
  await page.getByLabel('商品 1').fill('亚麻衬衫');
  await page.getByLabel('单价 1').fill('299');
  await page.getByLabel('余额支付').fill('100');
  await expect(page.getByText('这次积分 +199')).toBeVisible();
  await expect(page.getByText('（按现付 ¥199.00 计，余额支付的部分不积分）')).toBeVisible();
  await page.locator('form.composer').screenshot({ path: 'test-results/screenshots/card-counter-composer-zh-CN.png' });
  await page.keyboard.press('Control+Enter');

  await expect(recall).toContainText('余额 ¥450.00');
  await expect(recall).toContainText('积分 199');
  await expect(recall).toContainText('上次用卡：余额支付 ¥100.00');
  await expect(page.getByText('积分 +199；共 199 分').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/card-counter-after-zh-CN-${colorScheme}.png`, fullPage: true });
  }
  const card = await api<{ card: { points: number; value: { total: number } } }>(request, 'cards.get', { customerId: wang.id });
  expect([card.card.points, card.card.value.total]).toEqual([199, 45_000]);
});
