import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

type Settings = Record<string, unknown>;

test('zh-CN: a festival on Today, greetings drafted from the diary, walked by keyboard, held back with reasons, and the sent one in the diary', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  const settings = await callApi<Settings>(shuke, page.request, 'greetings.settings', {});
  // Every festival within a year ahead is on Today, whatever day the test runs.
  await callApi(shuke, page.request, 'greetings.setSettings', {
    ...settings,
    leadDays: 60,
    shopName: '小丽服装',
    festivals: [
      'christmas',
      'new_year',
      'spring_festival',
      'mid_autumn',
      'dragon_boat',
      'qixi',
      'double_ninth',
      'lantern',
      'womens_day',
      'mothers_day',
      'fathers_day',
      'teachers_day',
    ],
  });
  const wang = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
    name: '王丽华',
    gender: 'female',
    phones: [{ number: '13812345678' }],
  });
  await callApi(shuke, page.request, 'preferences.set', { customerId: wang.id, polarity: 'like', value: '真丝围巾' });
  const zhao = await callApi<{ id: string }>(shuke, page.request, 'customers.create', { name: '赵敏', gender: 'female' });
  await callApi(shuke, page.request, 'greetings.setChoice', { customerId: zhao.id, noMarketing: true });

  await page.goto(`${shuke.url}#/today`);
  const occasions = page.getByRole('region', { name: '快到的节日问候' });
  await expect(occasions).toBeVisible();
  await occasions.getByRole('button', { name: '写问候' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/要问候 1 位/)).toBeVisible();
  const words = dialog.getByRole('textbox');
  await expect(words).toHaveValue(/王女士/);
  await expect(words).toHaveValue(/真丝围巾/);
  await expect(words).toHaveValue(/小丽服装/);
  const held = dialog.getByRole('region', { name: '暂缓问候' });
  await expect(held).toContainText('赵敏');
  await expect(held).toContainText('TA 说过不要营销信息');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/greetings-zh-CN-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const draft = await words.inputValue();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/已发 1/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft);
  // The SMS file is made by the book: an .xlsx a spreadsheet opens, the one without marketing left out.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Excel 表格' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^问候短信-.+\.xlsx$/);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(dialog.getByText(/已导出 1 位客户的问候/)).toBeVisible();
  await page.keyboard.press('Escape');

  // The customer's diary shows the message with what it was for.
  await page.goto(`${shuke.url}#/customers/${wang.id}`);
  await expect(page.getByText(/^问候 · /)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/greeting-in-diary-zh-CN-${colorScheme}.png`, fullPage: true });
  }

  const timeline = await callApi<{ items: { kind: string; text: string }[] }>(shuke, page.request, 'entries.timeline', {
    customerId: wang.id,
  });
  expect(timeline.items.map((e) => [e.kind, e.text])).toEqual([['message', draft]]);
  const zhaoTimeline = await callApi<{ items: unknown[] }>(shuke, page.request, 'entries.timeline', { customerId: zhao.id });
  expect(zhaoTimeline.items).toEqual([]);
});

for (const [lang, button, thanks, asks] of [
  ['en', 'Write a “we missed you” greeting', /glad the linen shirt|happy with the linen shirt/, /working out|enjoying/],
  ['zh-TW', '寫一則「好久不見」的問候', /亞麻襯衫(合您心意|您用著滿意)/, /滿意嗎|合不合/],
] as const) {
  test(`${lang}: a customer's "we missed you" greeting thanks them for the purchase they were pleased with`, async ({ page }) => {
    shuke = await startBrowserMode({ lang });
    const ann = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
      name: lang === 'en' ? 'Ann Smith' : '林美玲',
      gender: 'female',
      phones: [{ number: '0912345678' }],
    });
    await callApi(shuke, page.request, 'entries.add', {
      customerId: ann.id,
      kind: 'purchase',
      text: '',
      lines: [{ item: lang === 'en' ? 'linen shirt' : '亞麻襯衫' }],
      details: { satisfaction: 5 },
    });
    await page.goto(`${shuke.url}#/customers/${ann.id}`);
    await page.getByRole('button', { name: button }).click();
    const words = page.getByRole('dialog').getByRole('textbox');
    await expect(words).toHaveValue(thanks);
    await expect(words).not.toHaveValue(asks);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `test-results/screenshots/greetings-${lang}-${colorScheme}.png`, fullPage: true });
    }
  });
}
