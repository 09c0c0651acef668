import { call, createTestApp, type TestApp } from './create-test-db';

/**
 * Three customers whose phones and dates spreadsheets like to mangle: an 11-digit mobile (1.38E+10
 * in Excel), a Hong Kong number starting with + (a formula to Excel), a Shanghai landline with a
 * leading 0, Chinese names, a lunar and a yearless birthday, and a purchase made at 01:30 in the
 * shop's zone (Asia/Shanghai), which is still the day before in UTC.
 */
export async function exportBook(locale: TestApp['ctx']['locale'] = 'zh-CN'): Promise<TestApp> {
  const app = await createTestApp(locale);
  const zhang = await call<{ id: string }>(app, 'customers.create', {
    name: '张三',
    gender: 'male',
    phones: [{ number: '13800138000' }],
    email: 'zhang@example.com',
    tags: ['VIP', '老客'],
    about: '喜欢安静的下午来',
  });
  await call(app, 'dates.set', { customerId: zhang.id, kind: 'birthday', calendar: 'solar', year: 1985, month: 3, day: 12 });
  await call(app, 'preferences.set', { customerId: zhang.id, polarity: 'like', value: '蓝色' });
  await call(app, 'preferences.set', { customerId: zhang.id, polarity: 'dislike', value: '香菜' });
  await call(app, 'entries.add', {
    customerId: zhang.id,
    kind: 'purchase',
    occurredAt: '2026-11-20T17:30:00.000Z',
    lines: [
      { item: '外套', colour: '蓝', size: 'M', quantity: 1, unitPriceMinor: 128_00 },
      { item: '围巾', quantity: 2, unitPriceMinor: 45_50 },
    ],
  });
  await call(app, 'customers.setTier', { customerId: zhang.id, tier: 'vip', reason: '老朋友' });
  const chan = await call<{ id: string }>(app, 'customers.create', {
    name: '陈大文',
    gender: 'female',
    phones: [{ number: '+852 9844 1370' }, { number: '13900139000' }],
  });
  await call(app, 'dates.set', { customerId: chan.id, kind: 'birthday', calendar: 'lunar', month: 8, day: 15 });
  const wang = await call<{ id: string }>(app, 'customers.create', {
    name: '王丽华',
    phones: [{ number: '021-6543 2100' }],
    company: '=HYPERLINK("http://evil")',
  });
  await call(app, 'dates.set', { customerId: wang.id, kind: 'birthday', calendar: 'solar', month: 3, day: 12 });
  return app;
}
