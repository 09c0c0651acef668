import { expect, test, type Page } from '@playwright/test';
import { callApi, startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

/** What each language calls the things this walk touches. */
const words = {
  'zh-CN': {
    settings: '设置',
    turnOn: '设置密码保护……',
    passcode: '新密码',
    again: '再输入一次密码',
    understand: /我明白/,
    enable: '加密保护客户簿',
    codeTitle: '你的恢复码',
    writtenDown: /我已经抄下/,
    done: '完成',
    locked: '客户簿已锁定',
    secret: '密码或恢复码',
    unlock: '解锁',
    wrong: '密码或恢复码不对（已连续错了 1 次）。',
  },
  'zh-TW': {
    settings: '設定',
    turnOn: '設定密碼保護……',
    passcode: '新密碼',
    again: '再輸入一次密碼',
    understand: /我明白/,
    enable: '加密保護客戶簿',
    codeTitle: '你的復原碼',
    writtenDown: /我已經抄下/,
    done: '完成',
    locked: '客戶簿已鎖定',
    secret: '密碼或復原碼',
    unlock: '解鎖',
    wrong: '密碼或復原碼不對（已連續錯了 1 次）。',
  },
  en: {
    settings: 'Settings',
    turnOn: 'Protect with a passcode…',
    passcode: 'New passcode',
    again: 'The same passcode again',
    understand: /I understand/,
    enable: 'Protect the book',
    codeTitle: 'Your recovery code',
    writtenDown: /I have written it down/,
    done: 'Done',
    locked: 'This book is locked',
    secret: 'Passcode or recovery code',
    unlock: 'Unlock',
    wrong: 'That is not the passcode or the recovery code (1 wrong try in a row).',
  },
} as const;

/** The same view in the light and the dark theme. */
async function shoot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/lock-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
  const w = words[lang];
  test(`${lang}: protect the book, see the recovery code, lock with Ctrl+L, refuse a wrong passcode, unlock to the customer`, async ({
    page,
  }) => {
    shuke = await startBrowserMode({ lang });
    const customer = await callApi<{ id: string }>(shuke, page.request, 'customers.create', {
      name: '王丽华',
      phones: [{ number: '13800138821' }],
    });
    await page.goto(shuke.url);

    await page.getByRole('button', { name: w.settings, exact: true }).click();
    await page.getByRole('button', { name: w.turnOn }).click();
    const ask = page.getByRole('dialog').last();
    await ask.getByLabel(w.passcode).fill('counter-42');
    await ask.getByLabel(w.again).fill('counter-42');
    await ask.getByRole('checkbox', { name: w.understand }).check();
    await shoot(page, `${lang}-enable`);
    await ask.getByRole('button', { name: w.enable }).click();

    const shown = page.getByRole('dialog', { name: w.codeTitle });
    const code = shown.getByRole('status', { name: w.codeTitle });
    await expect(code).toHaveText(/^[0-9A-Z]{16,}$/, { timeout: 30_000 });
    await shoot(page, `${lang}-recovery-code`);
    await shown.getByRole('button', { name: w.done }).click();
    await expect(shown).toBeVisible();
    await shown.getByRole('checkbox', { name: w.writtenDown }).check();
    await shown.getByRole('button', { name: w.done }).click();
    await expect(shown).toBeHidden();
    await shoot(page, `${lang}-settings-protected`);
    await page.keyboard.press('Escape');

    await page.goto(`${shuke.url}#/customers/${customer.id}`);
    await expect(page.getByRole('region', { name: '王丽华' })).toBeVisible();
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: w.locked })).toBeVisible();
    // Only the unlock screen: no customer is left anywhere in the page.
    await expect(page.locator('body')).not.toContainText('王丽华');
    await expect(page.locator('body')).not.toContainText('13800138821');
    // The book itself refuses every call while locked, whatever the page does.
    await expect(callApi(shuke, page.request, 'customers.get', { id: customer.id })).rejects.toThrow(/locked/);

    await page.getByLabel(w.secret).fill('counter-41');
    await page.getByRole('button', { name: w.unlock }).click();
    await expect(page.getByRole('alert')).toHaveText(w.wrong);
    await shoot(page, `${lang}-refused`);

    await page.getByLabel(w.secret).fill('counter-42');
    await page.getByRole('button', { name: w.unlock }).click();
    await expect(page.getByRole('region', { name: '王丽华' })).toBeVisible();
  });
}
