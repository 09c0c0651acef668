import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

const day = '2026-11-24';

async function seed(request: APIRequestContext, url: string) {
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token') ?? '';
  const api = async <T>(name: string, input: object): Promise<T> => {
    const reply = await request.post(`${origin}/api/${name}`, { headers: { Authorization: `Bearer ${token}` }, data: input });
    const body = (await reply.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? ''}`);
    return body.value;
  };
  const wang = await api<{ id: string }>('customers.create', { name: '王丽华', gender: 'female' });
  await api('dates.set', { customerId: wang.id, kind: 'birthday', calendar: 'lunar', year: 1985, month: 10, day: 20 });
  const zhang = await api<{ id: string }>('customers.create', { name: '张伟', gender: 'male' });
  const son = await api<{ id: string }>('people.set', { customerId: zhang.id, name: '小宝', relation: '儿子' });
  await api('dates.set', { customerId: zhang.id, personId: son.id, kind: 'birthday', calendar: 'solar', year: 2018, month: 11, day: 26 });
  await api('entries.add', {
    customerId: zhang.id,
    kind: 'promise',
    text: 'M 号到货就打电话',
    details: { promiseDue: '2026-11-20' },
    occurredAt: '2026-11-10T03:00:00Z',
  });
  const zhao = await api<{ id: string }>('customers.create', { name: '赵敏', gender: 'female' });
  await api('entries.add', {
    customerId: zhao.id,
    kind: 'complaint',
    text: '外套拉链一周就坏了',
    details: { remedy: '免费换了新拉链', resolvedOn: '2026-11-20' },
    occurredAt: '2026-11-18T03:00:00Z',
  });
  const anna = await api<{ id: string }>('customers.create', { name: 'Anna Smith', gender: 'female' });
  await api('entries.add', {
    customerId: anna.id,
    kind: 'purchase',
    lines: [{ item: 'wool coat', colour: 'camel' }],
    details: { followUpOn: day },
    occurredAt: '2026-11-10T03:00:00Z',
  });
  const regular = await api<{ id: string }>('customers.create', { name: '林志明' });
  for (const d of ['2026-06-01', '2026-06-15', '2026-07-01', '2026-07-15']) {
    await api('entries.add', { customerId: regular.id, kind: 'visit', text: '来店', occurredAt: `${d}T04:00:00Z` });
  }
}

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

test('the morning list for a fixed day, every item actionable from the keyboard', async ({ page, request }) => {
  shuke = await startBrowserMode({ lang: 'zh-CN' });
  await seed(request, shuke.url);
  // Browser mode backs the book up a few seconds after it starts (once the first page has loaded).
  const backups = path.join(shuke.dataDir, 'backups');
  await expect
    .poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite')).length : 0), { timeout: 15_000 })
    .toBe(1);
  await page.goto(`${shuke.url}#/today/${day}`);
  await expect(page.getByRole('heading', { name: /今天，2026年11月24日/ })).toBeVisible();

  const dates = page.getByRole('region', { name: '未来 7 天的生日和纪念日' });
  await expect(dates.getByRole('listitem')).toHaveCount(2);
  await expect(dates.getByRole('listitem').nth(0)).toContainText('小宝 · 生日');
  await expect(dates.getByRole('listitem').nth(0)).toContainText('2 天后 · 满 8 岁');
  await expect(dates.getByRole('listitem').nth(1)).toContainText('生日 农历十月二十 → 2026年11月28日 · 4 天后 · 满 41 岁');
  await expect(page.getByRole('region', { name: '到期的承诺' })).toContainText('M 号到货就打电话 · 逾期 4 天');
  await expect(page.getByRole('region', { name: '投诉回访电话' })).toContainText('外套拉链一周就坏了');
  await expect(page.getByRole('region', { name: '该回访了' })).toContainText('今天到期');
  await expect(page.getByRole('region', { name: '渐渐不来的老客' })).toContainText('林志明');
  // Browser mode backed the book up after it started; the line says so, and another is one click away.
  await expect(page.getByRole('note')).toContainText('上次备份：今天，已验证');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status')).toContainText('并已验证');
  await page.screenshot({ path: 'test-results/screenshots/today-zh-CN.png', fullPage: true });

  // Keyboard: focus the promise, D opens the diary line, Enter writes it and the item leaves the list.
  const promise = page.getByRole('region', { name: '到期的承诺' }).getByRole('listitem').first();
  await promise.focus();
  await page.keyboard.press('d');
  await expect(page.getByLabel('记入日记的一句话')).toHaveValue('兑现了承诺：M 号到货就打电话');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('已完成，并记入日记');
  // Done, the promise leaves (its section folds away) and the focus goes to the item now in its place.
  await expect(page.getByRole('region', { name: '到期的承诺' })).toHaveCount(0);
  const call = page.getByRole('region', { name: '投诉回访电话' }).getByRole('listitem').first();
  await expect(call).toBeFocused();

  // A drifting regular who is not really a regular: N takes them off, for good until they come in again.
  await page.getByRole('region', { name: '渐渐不来的老客' }).getByRole('listitem').first().focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: '渐渐不来的老客' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/today-done-zh-CN.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('region', { name: '渐渐不来的老客' })).toHaveCount(0);

  // Enter on an item opens the customer, where the kept promise is now in the diary.
  await page.getByRole('region', { name: '投诉回访电话' }).getByRole('listitem').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '赵女士' })).toBeVisible();
});

for (const [lang, heading, section] of [
  ['en', /Today, 24 Nov 2026/, 'Promises due'],
  ['zh-TW', /今天，2026年11月24日/, '到期的承諾'],
] as const) {
  test(`the morning list speaks ${lang}`, async ({ page, request }) => {
    shuke = await startBrowserMode({ lang });
    await seed(request, shuke.url);
    await page.goto(`${shuke.url}#/today/${day}`);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByRole('region', { name: section })).toContainText('M 号到货就打电话');
    await page.screenshot({ path: `test-results/screenshots/today-${lang}.png`, fullPage: true });
  });
}
