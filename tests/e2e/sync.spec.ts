import { expect, test } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';
import { startCouchHub } from '../helpers/couch-hub';

// Two counters sharing a book through a CouchDB-protocol hub (express-pouchdb on loopback): one
// driven through its Sync page, the other through the API as a second counter would sync.

let hub: Awaited<ReturnType<typeof startCouchHub>>;
const running: RunningShuke[] = [];
test.beforeAll(async () => {
  hub = await startCouchHub();
});
test.afterAll(async () => {
  await hub.close();
});
test.afterEach(async () => {
  for (const shuke of running.splice(0)) await shuke.stop();
});

async function counter(lang?: string): Promise<RunningShuke> {
  const shuke = await startBrowserMode(lang === undefined ? {} : { lang });
  running.push(shuke);
  return shuke;
}

test('a counter joins a hub on its Sync page, shares the book, and settles a conflict field by field', async ({ page, request }) => {
  const a = await counter();
  const b = await counter();
  const li = await callApi<{ id: string }>(a, request, 'customers.create', { name: '李四', phones: [{ number: '13977778888' }] });
  await page.goto(a.url);
  await page.getByRole('link', { name: '同步' }).click();
  await page.getByLabel('同步中心地址').fill(hub.url('e2e-shop'));
  await page.getByLabel('这个柜台的名字').fill('柜台 1');
  await page.getByRole('button', { name: '开始同步' }).click();
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('已同步——已和同步中心核对过')).toBeVisible();

  await callApi(b, request, 'sync.join', { hub: hub.url('e2e-shop'), deviceName: '王店长的电脑' });
  await callApi(b, request, 'sync.now', {});
  const found = await callApi<{ hits: { name: string }[] }>(b, request, 'lookup', { query: 'ls', limit: 5 });
  expect(found.hits.map((h) => h.name)).toEqual(['李四']);

  // Both counters change the same customer before either sees the other's change.
  await callApi(a, request, 'customers.update', { id: li.id, patch: { about: '柜台一：喜欢蓝色' } });
  await callApi(b, request, 'customers.update', { id: li.id, patch: { about: '店长：喜欢绿色' } });
  await callApi(b, request, 'sync.now', {});
  await page.getByRole('button', { name: '立即同步' }).click();
  await callApi(b, request, 'sync.now', {});
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByRole('heading', { name: '两个柜台同时改了' })).toBeVisible();
  await expect(page.getByText('柜台一：喜欢蓝色')).toBeVisible();
  await expect(page.getByText('店长：喜欢绿色')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/sync-conflict-zh-CN-${colorScheme}.png`, fullPage: true });
  }
  const conflicts = await callApi<{ items: { fields: { other: string | null }[] }[] }>(a, request, 'sync.conflicts', {});
  const other = conflicts.items[0]?.fields[0]?.other;
  await page.getByRole('button', { name: '用另一个柜台的' }).click();
  await expect(page.getByText('没有需要处理的。')).toBeVisible();
  // Sync now, waited for (a click returns before its round ends), then the other counter.
  await callApi(a, request, 'sync.now', {});
  await callApi(b, request, 'sync.now', {});
  for (const shuke of [a, b]) expect((await callApi<{ about: string }>(shuke, request, 'customers.get', { id: li.id })).about).toBe(other);
});

const joinWords = {
  en: { nav: 'Sync', hub: 'Sync hub address', join: 'Start syncing' },
  'zh-TW': { nav: '同步', hub: '同步中心位址', join: '開始同步' },
  'zh-CN': { nav: '同步', hub: '同步中心地址', join: '开始同步' },
} as const;

for (const [lang, words] of Object.entries(joinWords)) {
  test(`the Sync page in ${lang}, before and after joining, light and dark`, async ({ page, request }) => {
    const shuke = await counter(lang);
    await page.goto(shuke.url);
    await page.getByRole('link', { name: words.nav }).click();
    await expect(page.getByLabel(words.hub)).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `test-results/screenshots/sync-join-${lang}-${colorScheme}.png`, fullPage: true });
    }
    await callApi(shuke, request, 'sync.join', { hub: hub.url(`e2e-${lang}`), deviceName: lang === 'en' ? 'Counter 1' : '柜台 1' });
    await callApi(shuke, request, 'sync.now', {});
    await page.reload();
    await expect(page.getByRole('button', { name: words.join })).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `test-results/screenshots/sync-joined-${lang}-${colorScheme}.png`, fullPage: true });
    }
  });
}
