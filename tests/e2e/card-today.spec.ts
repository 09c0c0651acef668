import { expect, test } from '@playwright/test';
import { addDays, localDayOf } from '../../shared/domain/calendar-date';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

type Sold = { card: { punchCards: { id: string }[] } };

test('zh-CN: a punch card with one use left and one ending soon show on Today, and telling the customer takes it off', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await callApi(shuke, page.request, 'cards.setRules', {
    pointsPerUnit: 1,
    rounding: 'nearest',
    tierMultipliers: { vip: 2 },
    bonusTiers: [
      { from: 50_000, bonus: 5_000 },
      { from: 100_000, bonus: 15_000 },
    ],
    pointsExpiry: 'endOfNextYear',
    punchKinds: [
      { name: '洗车', count: 10, priceMinor: 30_000, validMonths: 12 },
      { name: '打蜡', count: 3, priceMinor: 20_000, validMonths: 6 },
    ],
  });
  const wang = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
    name: '王丽华',
    phones: [{ number: '13812345678' }],
  });
  const sold = await callApi<Sold>(shuke, page.request, 'cards.move', {
    customerId: wang.id,
    request: { kind: 'sell_punch', punchKind: '洗车', uses: 2 },
  });
  await callApi(shuke, page.request, 'cards.move', {
    customerId: wang.id,
    request: { kind: 'punch', punchId: sold.card.punchCards[0]?.id },
  });
  const li = await callApi<{ id: string }>(shuke, page.request, 'customers.create', { name: '李四' });
  // The book's zone is this machine's until the owner picks one: ten days from its today.
  const ends = addDays(localDayOf(new Date()), 10);
  await callApi(shuke, page.request, 'cards.move', {
    customerId: li.id,
    request: { kind: 'sell_punch', punchKind: '打蜡', uses: 3, validUntil: ends },
  });

  await page.goto(`${shuke.url}#/today`);
  const cards = page.getByRole('region', { name: '会员卡' });
  await expect(cards.getByText('洗车卡还剩 1 次')).toBeVisible();
  await expect(cards.getByText(/^打蜡卡还剩 3 次，.*到期$/)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/today-cards-zh-CN-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const item = cards.getByRole('listitem', { name: /王丽华/ });
  await item.focus();
  await page.keyboard.press('d');
  await expect(item.getByRole('textbox')).toHaveValue('提醒了：洗车卡还剩 1 次。');
  await page.keyboard.press('Enter');
  await expect(cards.getByText('洗车卡还剩 1 次')).toHaveCount(0);
  await expect(page.getByText('今天做完的（1）')).toBeVisible();

  await page.setViewportSize({ width: 1024, height: 1400 });
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '保存会员卡规则' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('积分有效期')).toHaveValue('endOfNextYear');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/card-rules-zh-CN-${colorScheme}.png` });
    await page.getByRole('group', { name: '积分', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/card-rules-top-zh-CN-${colorScheme}.png` });
    await page.getByRole('button', { name: '保存会员卡规则' }).scrollIntoViewIfNeeded();
  }
});
