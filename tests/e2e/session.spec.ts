import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('the printed address opens the book once; the page then works from a bookmark, and a stranger gets a page saying how to open it', async ({
  page,
  browser,
}) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await page.goto(`${shuke.url}#/today`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('今天');
  // The token has left the address bar; the address is one to bookmark.
  expect(page.url()).toBe(`${new URL(shuke.url).origin}/#/today`);
  await page.goto(`${new URL(shuke.url).origin}/#/customers`);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  // An empty book welcomes the owner with the ways in.
  await expect(page.getByRole('region', { name: '欢迎使用熟客' })).toContainText('每天自动备份到');
  await page.screenshot({ path: 'test-results/screenshots/welcome-zh-CN.png' });

  const stranger = await browser.newPage();
  const reply = await stranger.goto(new URL(shuke.url).origin);
  expect(reply?.status()).toBe(401);
  await expect(stranger.getByRole('heading', { level: 1 })).toContainText('请从熟客给出的地址打开');
  await stranger.close();
});
