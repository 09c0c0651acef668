import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;

test.beforeEach(async () => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
});

test.afterEach(async () => {
  await shuke.stop();
});

test('a new customer, a purchase with two lines and a note, recalled after a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '欢迎使用熟客' })).toBeVisible();

  await page.keyboard.press('Control+n');
  await page.getByLabel('姓名').fill('王丽华');
  await page.getByLabel('电话').fill('138 0013 8821');
  await page.keyboard.press('Enter');

  // The composer has the focus on a new customer's page: log the sale from the keyboard.
  await expect(page.getByRole('textbox', { name: '写日记' })).toBeFocused();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('radio', { name: '购买' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.type('试了三件，最后挑了藏青色的亚麻衬衫。');
  await page.getByLabel('商品 1').fill('亚麻衬衫');
  await page.getByLabel('颜色 1').fill('藏青');
  await page.getByLabel('尺码 1').fill('L');
  await page.getByLabel('单价 1').fill('299');
  await page.getByLabel('单价 1').press('Enter');
  await expect(page.getByLabel('商品 2')).toBeFocused();
  await page.keyboard.type('丝巾');
  await page.getByLabel('颜色 2').fill('米白');
  await page.getByLabel('单价 2').fill('128.5');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('已记入日记');

  await page.keyboard.press('Alt+1');
  await page.keyboard.type('说下个月要去海边，想要一顶草帽。');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('article')).toHaveCount(2);

  await page.reload();
  const card = page.getByRole('region', { name: '王丽华' });
  await expect(card).toContainText('来过 1 次');
  await expect(card).toContainText('亚麻衬衫');
  await expect(card).toContainText('藏青');
  await expect(card).toContainText('¥299.00');
  await expect(card).toContainText('丝巾');
  await expect(card).toContainText('合计 ¥427.50');
  await expect(card).toContainText('说下个月要去海边，想要一顶草帽。');
  await page.screenshot({ path: 'test-results/screenshots/recall-card.png' });

  // Back at the counter next time: the lookup finds her by a piece of the phone.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('8821');
  await expect(page.getByRole('listbox', { name: '查找客户' }).getByRole('option').first()).toContainText('王丽华');
  await page.screenshot({ path: 'test-results/screenshots/lookup.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '王丽华' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('deleting an entry can be undone', async ({ page }) => {
  await page.goto(shuke.url);
  await expect(page.getByRole('heading', { name: '欢迎使用熟客' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await page.getByLabel('姓名').fill('Anna Smith');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: '写日记' }).fill('Asked about the autumn catalogue.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByRole('button', { name: /^删除/ }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('autumn catalogue');
});

test('the page and the API refuse callers without the token', async ({ request }) => {
  const origin = new URL(shuke.url).origin;
  const token = new URL(shuke.url).searchParams.get('token') ?? '';
  expect((await request.get(`${origin}/`)).status()).toBe(401);
  expect((await request.post(`${origin}/api/customers.list`, { data: {} })).status()).toBe(401);
  const listing = await request.get(`${origin}/api`, { headers: { Authorization: `Bearer ${token}` } });
  expect(listing.status()).toBe(200);
  const body = (await listing.json()) as { calls: { name: string }[] };
  expect(body.calls.map((c) => c.name)).toContain('recall');
  const bad = await request.post(`${origin}/api/customers.create`, { headers: { Authorization: `Bearer ${token}` }, data: { name: '' } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});
