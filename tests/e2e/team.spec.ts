import { expect, test, type Page } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

interface Words {
  settings: string;
  counterName: string;
  saveCounter: string;
  newStaff: string;
  here: string;
  composer: string;
  customers: string;
  mine: string;
  written: string;
}

const words: Record<'zh-CN' | 'en', Words> = {
  'zh-CN': {
    settings: '设置',
    counterName: '这个柜台的名字',
    saveCounter: '保存名字',
    newStaff: '新店员的名字',
    here: '当前店员',
    composer: '写日记',
    customers: '客户',
    mine: '我的客户',
    written: '已记入日记',
  },
  en: {
    settings: 'Settings',
    counterName: 'This counter’s name',
    saveCounter: 'Save name',
    newStaff: 'New staff member’s name',
    here: 'At this counter',
    composer: 'Write in the diary',
    customers: 'Customers',
    mine: 'My customers',
    written: 'diary',
  },
};

async function screenshots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: staff set in Settings, who is at the counter in the top bar, the entry signed on the timeline, and "my customers"`, async ({
    page,
  }) => {
    const w = words[lang];
    shuke = await startBrowserMode({ lang });
    const counter = lang === 'en' ? 'Counter 1' : '柜台 1';
    const [me, colleague] = lang === 'en' ? ['Amy', 'Ben'] : ['小王', '小李'];
    await page.goto(shuke.url);

    // Settings: this counter's name and the staff list.
    await page.getByRole('button', { name: w.settings, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: w.counterName }).fill(counter);
    await dialog.getByRole('button', { name: w.saveCounter }).click();
    for (const name of [me, colleague]) {
      await dialog.getByRole('textbox', { name: w.newStaff }).fill(name);
      await dialog.getByRole('textbox', { name: w.newStaff }).press('Enter');
      await expect(dialog.getByText(name, { exact: true })).toBeVisible();
    }
    await dialog.getByRole('textbox', { name: w.newStaff }).scrollIntoViewIfNeeded();
    await screenshots(page, `team-settings-${lang}`);
    await page.keyboard.press('Escape');

    // The top bar: who is at this counter.
    await page.getByRole('combobox', { name: w.here }).selectOption(me);

    const ours = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
      name: lang === 'en' ? 'Alice Wang' : '王丽华',
      responsible: me,
    });
    await callApi(shuke, page.request, 'customers.create', { name: lang === 'en' ? 'Bella Li' : '李娜', responsible: colleague });
    await callApi(shuke, page.request, 'customers.create', { name: lang === 'en' ? 'Carl Zhang' : '张伟' });

    // An entry written here is signed with the counter and the staff member.
    await page.goto(`${shuke.url}#/customers/${ours.id}`);
    await page.getByRole('textbox', { name: w.composer }).fill(lang === 'en' ? 'Likes the blue scarf.' : '喜欢那条蓝色围巾。');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status')).toContainText(w.written);
    await expect(page.locator('.entry-by').first()).toHaveText(`${counter} · ${me}`);
    await expect(page.locator('.recall-responsible')).toContainText(me);
    await screenshots(page, `team-customer-${lang}`);

    // The customer list: my customers in one press.
    await page.goto(`${shuke.url}#/customers`);
    const table = page.getByRole('table', { name: w.customers });
    await expect(table.getByRole('link')).toHaveCount(3);
    await page.getByRole('button', { name: w.mine }).click();
    await expect(table.getByRole('link')).toHaveCount(1);
    await expect(table.getByRole('link')).toHaveText(lang === 'en' ? 'Alice Wang' : '王丽华');
    await screenshots(page, `team-list-${lang}`);
  });
}
