import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

// What a person sees that no contrast rule catches: words cut off inside fields, a wide screen
// with everything against its left edge, names in two weights.
let dataDir = '';
let shuke: RunningShuke | null = null;

test.beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-e2e-layout-'));
  const today = new Date().toISOString().slice(0, 10);
  execFileSync(process.execPath, ['dist/cli/demo-data.cjs', '--data', dataDir, '--customers', '60', '--seed', '5', '--now', today], {
    stdio: 'ignore',
  });
});
test.afterEach(async () => {
  await shuke?.stop();
  shuke = null;
});

/** Fields whose placeholder does not fit inside them: each is measured with its placeholder as its text. */
async function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const field of Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]'),
    )) {
      if (field.placeholder === '' || field.offsetParent === null || field instanceof HTMLTextAreaElement) continue;
      const [kept, type] = [field.value, field.type];
      // A search field with text grows a clear button that its placeholder never shares room with.
      if (type === 'search') field.type = 'text';
      field.value = field.placeholder;
      if (field.scrollWidth > field.clientWidth + 1) cut.push(`“${field.placeholder}” (${field.clientWidth}px wide)`);
      field.value = kept;
      field.type = type;
    }
    return cut;
  });
}

for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`placeholders fit their fields in ${lang}, on a small laptop and a large screen`, async ({ page, request }) => {
    shuke = await startBrowserMode({ dataDir, lang });
    const list = await callApi<{ items: { id: string }[] }>(shuke, request, 'customers.list', {});
    const cut: string[] = [];
    for (const [width, height] of [
      [1024, 640],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const hash of ['#/customers', `#/customers/${list.items[0]?.id ?? ''}`, '#/today']) {
        await page.goto(`${shuke.url}${hash}`);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const name = hash.split('/').length > 2 ? 'customer' : (hash.split('/')[1] ?? '');
        await page.screenshot({ path: `test-results/screenshots/layout/${name}-${lang}-${width}.png` });
        for (const field of await cutPlaceholders(page)) cut.push(`${width}px ${name}: ${field}`);
      }
    }
    expect(cut).toEqual([]);
  });
}

test('a wide screen centres the page instead of leaving the right half empty, and names have one weight', async ({ page, request }) => {
  shuke = await startBrowserMode({ dataDir, lang: 'zh-CN' });
  const list = await callApi<{ items: { id: string }[] }>(shuke, request, 'customers.list', {});
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const hash of ['#/customers', `#/customers/${list.items[0]?.id ?? ''}`, '#/today', '#/insights']) {
    await page.goto(`${shuke.url}${hash}`);
    await expect(page.locator('h1').first()).toBeVisible();
    const page0 = await page.locator('.content > *').first().boundingBox();
    expect(page0, hash).not.toBeNull();
    const left = page0?.x ?? 0;
    const right = 1920 - left - (page0?.width ?? 0);
    expect(Math.abs(left - right), `${hash}: ${left}px left, ${right}px right`).toBeLessThan(40);
    expect(left, hash).toBeGreaterThan(100);
  }
  // A weight between regular and bold is drawn bold by Latin fonts and regular by a Chinese font
  // without a bold face (Robert Kim bold beside 王丽华 not): names use one that both draw alike.
  await page.goto(`${shuke.url}#/customers`);
  await expect(page.locator('.customer-link').first()).toBeVisible();
  const weights = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.customer-link, .lookup-name, .care-name, .recall-name')).map((el) =>
      Number(getComputedStyle(el).fontWeight),
    ),
  );
  expect(weights.length).toBeGreaterThan(0);
  expect(weights.filter((w) => w > 500 && w < 700)).toEqual([]);
});

test('Settings groups its fields under headings, with units, and fits a small laptop in every language', async ({ page }) => {
  shuke = await startBrowserMode({ dataDir, lang: 'zh-CN' });
  await page.setViewportSize({ width: 1024, height: 640 });
  for (const [lang, title, group] of [
    ['zh-CN', '设置', '关怀的节奏'],
    ['zh-TW', '設定', '關懷的節奏'],
    ['en', 'Settings', 'Caring at the right moments'],
  ] as const) {
    await page.goto(`${shuke.url}#/customers`);
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption(lang);
    await page.getByRole('button', { name: title, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog.getByRole('group', { name: group })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/layout/settings-${lang}-1024.png` });
    const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, lang).toBeLessThanOrEqual(1);
    await dialog.getByRole('group', { name: group }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/layout/settings-${lang}-1024-numbers.png` });
    await page.keyboard.press('Escape');
  }
});
