import { expect, test } from '@playwright/test';
import { startBrowserMode } from './browser-mode';

for (const [lang, title, newCustomer] of [
  ['en', 'Customers', 'New customer'],
  ['zh-TW', '客戶', '新客戶'],
] as const) {
  test(`speaks ${lang} when started with --lang ${lang}`, async ({ page }) => {
    const shuke = await startBrowserMode({ lang });
    try {
      await page.goto(shuke.url);
      await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(newCustomer) })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/list-${lang}.png` });
    } finally {
      await shuke.stop();
    }
  });
}
