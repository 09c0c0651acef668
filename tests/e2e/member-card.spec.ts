import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

const words = {
  'zh-CN': {
    card: '会员卡',
    topUp: '充值……',
    amount: '充值金额',
    confirm: '确定',
    sell: '办次卡……',
    what: '做什么用',
    use: '洗车卡用 1 次',
  },
  en: {
    card: 'Member card',
    topUp: 'Top up…',
    amount: 'Amount paid in',
    confirm: 'Confirm',
    sell: 'Sell a punch card…',
    what: 'What it is for',
    use: 'Use 1 of the 洗车 card',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  const w = words[lang];
  test(`${lang}: top up with the bonus, sell and use a punch card, and find it all in the diary`, async ({ page }) => {
    shuke = await startBrowserMode({ lang });
    await callApi(shuke, page.request, 'cards.setRules', {
      pointsPerUnit: 1,
      tierMultipliers: {},
      bonusTiers: [{ from: 50_000, bonus: 5_000 }],
    });
    const customer = await callApi<{ id: string }>(shuke, page.request, 'customers.create', { name: '王丽华' });
    await page.goto(`${shuke.url}#/customers/${customer.id}`);
    const panel = page.getByRole('region', { name: w.card });
    await panel.getByRole('button', { name: w.topUp }).click();
    const dialog = page.getByRole('dialog', { name: w.topUp.replace(/…+$/, '') });
    await dialog.getByLabel(w.amount).fill('500');
    await expect(dialog.getByRole('status')).toContainText('¥50.00');
    await page.screenshot({ path: `test-results/screenshots/card-top-up-${lang}.png` });
    await dialog.getByRole('button', { name: w.confirm }).click();
    await expect(panel).toContainText('¥550.00');
    await panel.getByRole('button', { name: w.sell }).click();
    const sell = page.getByRole('dialog', { name: w.sell.replace(/…+$/, '') });
    await sell.getByLabel(w.what).fill('洗车');
    await sell.getByRole('button', { name: w.confirm }).click();
    await panel.getByRole('button', { name: w.use }).click();
    await expect(panel).toContainText('9');
    await expect(page.getByText(lang === 'en' ? '洗车 card used 1×; 9 left' : '洗车卡用 1 次；还剩 9 次').first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `test-results/screenshots/card-panel-${lang}-${colorScheme}.png` });
    }
  });
}
