import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('card movements show in Insights, and a card’s ledger and the balances download as files holding them', async ({ page }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await callApi(shuke, page.request, 'cards.setRules', {
    pointsPerUnit: 1,
    tierMultipliers: {},
    bonusTiers: [{ from: 50_000, bonus: 5_000 }],
  });
  const wang = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
    name: '王丽华',
    phones: [{ number: '13800138000' }],
  });
  await callApi(shuke, page.request, 'cards.open', { customerId: wang.id, number: '00012' });
  const move = (request: object) =>
    callApi<{ card: { punchCards: { id: string }[] } }>(shuke, page.request, 'cards.move', { customerId: wang.id, request });
  await move({ kind: 'top_up', principal: 50_000 });
  await move({ kind: 'pay', amount: 12_000 });
  await move({ kind: 'earn', points: 200 });
  await move({ kind: 'redeem', points: 50, gift: '围巾' });
  const sold = await move({ kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000 });
  await move({ kind: 'punch', punchId: sold.card.punchCards[0]?.id });

  // Insights: what the shop owes, and this month's movements.
  await page.goto(`${shuke.url}#/insights`);
  const owed = page.getByRole('region', { name: '会员储值余额（每月月底，店里欠会员的钱）' });
  await expect(owed).toContainText('现在店里共欠会员 ¥430.00：本金 ¥380.00，赠送 ¥50.00。');
  const cards = page.getByRole('region', { name: '会员卡' });
  await cards.scrollIntoViewIfNeeded();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await cards.screenshot({ path: `test-results/screenshots/card-insights-zh-CN-${colorScheme}.png` });
  }
  const flows = page.getByRole('region', { name: '每月充值与兑换' });
  await flows.getByText('具体数字').click();
  await expect(flows.getByRole('row').last()).toHaveText(/¥500\.00\s*¥50\.00\s*¥120\.00\s*50$/);
  const punches = page.getByRole('region', { name: '次卡：卖出与使用' });
  await punches.getByText('具体数字').click();
  await expect(punches.getByRole('row').last()).toHaveText(/1\s*10\s*1$/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screenshots/card-insights-zh-CN-numbers.png', fullPage: true });

  // The ledger, from the card panel: on screen, on paper, and as a file.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${shuke.url}#/customers/${wang.id}`);
  await page.getByRole('region', { name: '会员卡' }).getByRole('button', { name: '完整账目……' }).click();
  const ledger = page.getByRole('dialog', { name: '王丽华的会员卡账目' });
  await expect(ledger.getByRole('row')).toHaveCount(8);
  await expect(ledger).toContainText('积分兑换');
  await expect(ledger).toContainText('充值 · 赠送');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/card-ledger-zh-CN-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await page.evaluate(() => document.body.classList.add('printing-ledger'));
  await page.screenshot({ path: 'test-results/screenshots/card-ledger-zh-CN-print.png', fullPage: true });
  await page.evaluate(() => document.body.classList.remove('printing-ledger'));
  await page.emulateMedia({ media: 'screen' });

  const csvDownload = page.waitForEvent('download');
  await ledger.getByRole('button', { name: 'CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^shuke-card-ledger-王丽华-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('\uFEFF日期,时间,项目,账户,变动,变动后余额,原因,日记');
  expect(lines).toHaveLength(9);
  expect(text).toContain(',余额支付,本金（CNY）,-120.00,380.00,,余额支付 ¥120.00；余额 ¥430.00');
  expect(text).toContain(',积分兑换,积分,-50,150,围巾,积分兑换 围巾，用 50 分；剩 150 分');

  const xlsxDownload = page.waitForEvent('download');
  await ledger.getByRole('button', { name: 'Excel（.xlsx）' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await xlsxDownload).path());
  const sheet = book.worksheets[0];
  expect(sheet?.name).toBe('会员卡账目');
  const paid = sheet?.getRows(2, 7)?.find((row) => row.getCell(3).value === '余额支付');
  expect([paid?.getCell(5).value, paid?.getCell(6).value]).toEqual([-120, 380]);

  // The balances of every card holder, as Settings offers them in browser mode.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '设置' }).click();
  const balancesDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '会员卡余额（CSV）' }).click();
  const balances = fs.readFileSync(await (await balancesDownload).path(), 'utf8').split('\r\n');
  expect(balances[0]).toBe('\uFEFF卡号,姓名,电话,积分,本金（CNY）,赠送（CNY）,储值余额（CNY）,次卡（剩余/总次数，有效期）,开卡日期');
  // Card number and phone travel as ="…" text formulas, so a spreadsheet keeps their leading zeros and digits.
  expect(balances[1]).toMatch(/^"=""00012""",王丽华,"=""13800138000""",150,380\.00,50\.00,430\.00,洗车 9\/10 次,\d{4}-\d{2}-\d{2}$/);
});
