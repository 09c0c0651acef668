import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;
test.afterEach(async () => {
  await shuke.stop();
});

// A cheap shop laptop: the name, the tier and the diary box all fit, however much the book knows.
for (const theme of ['light', 'dark'] as const) {
  test(`a customer's page at 1024×640 (${theme}) keeps the name and the diary box in view`, async ({ page, request }) => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.emulateMedia({ colorScheme: theme });
    shuke = await startBrowserMode({ lang: 'zh-CN' });
    const origin = new URL(shuke.url).origin;
    const token = new URL(shuke.url).searchParams.get('token') ?? '';
    const api = async <T>(name: string, input: object): Promise<T> => {
      const reply = await request.post(`${origin}/api/${name}`, { headers: { Authorization: `Bearer ${token}` }, data: input });
      const body = (await reply.json()) as { ok: boolean; value: T };
      return body.value;
    };
    const c = await api<{ id: string }>('customers.create', {
      name: '欧阳娜娜',
      gender: 'female',
      phones: [{ number: '13912345678' }],
      tags: ['VIP', '老客户'],
    });
    for (const value of ['藏青', '真丝', '宽松', '低跟鞋', '素色'])
      await api('preferences.set', { customerId: c.id, polarity: 'like', category: 'other', value });
    await api('entries.add', {
      customerId: c.id,
      kind: 'purchase',
      text: '',
      lines: [
        { item: '羊绒大衣', colour: '驼色', unitPriceMinor: 298_000 },
        { item: '围巾', unitPriceMinor: 38_000 },
      ],
    });
    await api('entries.add', { customerId: c.id, kind: 'complaint', text: '上次的大衣扣子掉了，'.repeat(30) });
    await api('entries.add', { customerId: c.id, kind: 'note', text: '她说下个月要去参加婚礼，想找一条合适的裙子。'.repeat(140) });

    await page.goto(`${shuke.url}#/customers/${c.id}`);
    const greeting = page.getByRole('heading', { level: 1, name: '欧阳女士' });
    await expect(greeting).toBeVisible();
    const diary = page.getByRole('textbox', { name: '写日记' });
    await expect(diary).toBeFocused();
    await expect(page.getByRole('button', { expanded: false }).filter({ hasText: '她说下个月' })).toBeVisible();
    const [head, box] = [await greeting.boundingBox(), await diary.boundingBox()];
    await page.screenshot({ path: `test-results/screenshots/customer-1024x640-${theme}.png` });
    expect(head?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
  });
}
