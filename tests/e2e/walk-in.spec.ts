import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;

test.beforeEach(async () => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
});
test.afterEach(async () => {
  await shuke.stop();
});

const api = <T>(request: APIRequestContext, name: string, input: object) => callApi<T>(shuke, request, name, input);

test('walk-in: initials, Enter, the recall card, and the "already has" cue while logging a sale', async ({ page, request }) => {
  const wang = await api<{ id: string }>(request, 'customers.create', {
    name: '王丽华',
    gender: 'female',
    phones: [{ number: '138 0013 8821' }],
  });
  await api(request, 'entries.add', {
    customerId: wang.id,
    kind: 'purchase',
    text: '挑了藏青色的亚麻衬衫，说颜色很衬肤色。',
    occurredAt: '2026-10-30T06:00:00Z',
    lines: [{ item: '亚麻衬衫', colour: '藏青', size: 'L', unitPriceMinor: 29900 }],
  });
  await api(request, 'preferences.set', { customerId: wang.id, polarity: 'like', category: 'colour', value: '藏青' });
  await api(request, 'customers.create', { name: '王立海', phones: [{ number: '139 0000 1234' }] });
  await api(request, 'customers.create', { name: '吴莉', phones: [{ number: '137 0000 5678' }] });

  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('wlh');
  const options = page.getByRole('listbox', { name: '查找客户' }).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toContainText('王丽华');
  await expect(options.first()).toContainText('拼音首字母 wlh');
  await expect(options.first()).toContainText('亚麻衬衫 · 藏青 · L');
  await page.screenshot({ path: 'test-results/screenshots/walk-in-lookup.png' });
  await page.keyboard.press('Enter');

  const card = page.getByRole('region', { name: '王女士' });
  await expect(card).toContainText('来过 1 次');
  await expect(card).toContainText('亚麻衬衫');
  await expect(card).toContainText('藏青');
  await expect(card).toContainText('挑了藏青色的亚麻衬衫，说颜色很衬肤色。');

  await page.keyboard.press('Alt+3');
  await page.getByLabel('商品 1').fill('亚麻衬衫');
  await expect(page.getByRole('note')).toContainText('买过同款：藏青 亚麻衬衫 L');
  await page.getByLabel('颜色 1').fill('藏青');
  await expect(page.getByRole('note')).toContainText('已经有了：藏青 亚麻衬衫 L，2026年10月30日');
  await page.screenshot({ path: 'test-results/screenshots/walk-in-already-has.png' });

  // A diary word and a phone tail find her too; Esc clears the lookup.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('肤色');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('日记：');
  await page.keyboard.press('Escape');
  await page.keyboard.type('8821');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('电话尾号 8821');
});
