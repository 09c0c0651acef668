import { expect, test, type Page } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';
import { startCouchHub } from '../helpers/couch-hub';

// Two counters sharing a book through a CouchDB-protocol hub (express-pouchdb on loopback): one
// driven through its Sync page, the other through the API as a second counter would sync.

let hub: Awaited<ReturnType<typeof startCouchHub>>;
// A hub with a login, as a shop's CouchDB has.
let guarded: Awaited<ReturnType<typeof startCouchHub>>;
const running: RunningShuke[] = [];
test.beforeAll(async () => {
  hub = await startCouchHub();
  guarded = await startCouchHub(new Map([['counter', 'shop-password']]));
});
test.afterAll(async () => {
  await hub.close();
  await guarded.close();
});
test.afterEach(async () => {
  for (const shuke of running.splice(0)) await shuke.stop();
});

/** The page as it is now, light and dark, for a person to look at. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-${colorScheme}.png`, fullPage: true });
  }
}

async function counter(lang?: string, dataDir?: string): Promise<RunningShuke> {
  const shuke = await startBrowserMode({ ...(lang === undefined ? {} : { lang }), ...(dataDir === undefined ? {} : { dataDir }) });
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
  await screenshots(page, 'sync-conflict-zh-CN');
  // The customer's own page shows it too, beside what the book kept.
  await page.goto(`${a.url}#/customers/${li.id}`);
  await expect(page.getByRole('heading', { name: '另一个柜台也改过' })).toBeVisible();
  await expect(page.getByRole('button', { name: '用另一个柜台的' })).toBeVisible();
  await screenshots(page, 'sync-customer-elsewhere-zh-CN');
  await page.goto(`${a.url}#/sync`);
  await expect(page.getByRole('heading', { name: '两个柜台同时改了' })).toBeVisible();
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
  en: { nav: 'Sync', hub: 'Sync hub address', join: 'Start syncing', syncNow: 'Sync now' },
  'zh-TW': { nav: '同步', hub: '同步中心位址', join: '開始同步', syncNow: '立即同步' },
  'zh-CN': { nav: '同步', hub: '同步中心地址', join: '开始同步', syncNow: '立即同步' },
} as const;

for (const [lang, words] of Object.entries(joinWords)) {
  test(`the Sync page in ${lang}, before and after joining, light and dark`, async ({ page, request }) => {
    const shuke = await counter(lang);
    await page.goto(shuke.url);
    await page.getByRole('link', { name: words.nav }).click();
    await expect(page.getByLabel(words.hub)).toBeVisible();
    await screenshots(page, `sync-join-${lang}`);
    await callApi(shuke, request, 'sync.join', { hub: hub.url(`e2e-${lang}`), deviceName: lang === 'en' ? 'Counter 1' : '柜台 1' });
    await callApi(shuke, request, 'sync.now', {});
    await page.reload();
    // Loaded, not just not yet showing the join form.
    await expect(page.getByRole('button', { name: words.syncNow })).toBeVisible();
    await expect(page.getByRole('button', { name: words.join })).toHaveCount(0);
    await screenshots(page, `sync-joined-${lang}`);
  });
}

const loginWords = {
  en: {
    nav: 'Sync',
    password: 'The hub’s password',
    give: 'Continue syncing',
    change: 'Change hub…',
    hub: 'Sync hub address',
    save: 'Save',
  },
  'zh-CN': { nav: '同步', password: '同步中心的密码', give: '继续同步', change: '换同步中心…', hub: '同步中心地址', save: '保存' },
} as const;

for (const [lang, words] of Object.entries(loginWords)) {
  test(`the Sync page in ${lang} asks for the hub password after a restart without a keyring, and asks before changing the hub`, async ({
    page,
    request,
  }) => {
    const first = await counter(lang);
    const login = { username: 'counter', password: 'shop-password' };
    await callApi(first, request, 'sync.join', { hub: guarded.url(`e2e-login-${lang}`), deviceName: '柜台 1', ...login });
    await first.stop();
    // Browser mode has no keyring: after a restart the password is asked for again, and the page says why.
    const shuke = await counter(lang, first.dataDir);
    await callApi(shuke, request, 'sync.now', {});
    await page.goto(shuke.url);
    await page.getByRole('link', { name: words.nav }).click();
    await expect(page.getByLabel(words.password)).toBeVisible();
    await screenshots(page, `sync-password-${lang}`);
    await page.getByLabel(words.password).fill('shop-password');
    await page.getByRole('button', { name: words.give }).click();
    await expect(page.getByLabel(words.password)).toHaveCount(0);

    await page.getByRole('button', { name: words.change }).click();
    await page.getByLabel(words.hub).fill(guarded.url(`e2e-other-${lang}`));
    await page.getByRole('button', { name: words.save }).click();
    await expect(page.getByRole('group', { name: words.change })).toBeVisible();
    // From the top, so the header stays where it is on the full-page picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, `sync-change-${lang}`);
  });
}
