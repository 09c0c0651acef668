import type { Customer } from '../../shared/contract';
import { addDays, midnightInZone } from '../../shared/domain/calendar-date';
import { call, createTestApp, testTimeZone, type TestApp } from './create-test-db';

export const shopToday = '2026-11-24';

/**
 * The instant `daysAgo` days before the shop's today, at 10:00 UTC: 18:00 in the shop's zone
 * (Asia/Shanghai) and the same calendar day in UTC and Los Angeles too, where the UI, which shows
 * times in the browser's zone, is tested as well.
 */
export function daysAgoAt(daysAgo: number): string {
  return new Date(Date.parse(midnightInZone(addDays(shopToday, -daysAgo), testTimeZone)) + 18 * 3600_000).toISOString();
}

export async function buy(app: TestApp, customerId: string, daysAgo: number, yuan: number): Promise<void> {
  await call(app, 'entries.add', {
    customerId,
    kind: 'purchase',
    occurredAt: daysAgoAt(daysAgo),
    lines: [{ item: '外套', unitPriceMinor: yuan * 100 }],
  });
}

/**
 * A small hand-made shop with known answers: ten regulars spending 100..1000 yuan over two
 * purchases (200 and 20 days ago), a newcomer, a customer slipping away (every 30 days, last 140
 * days ago), one lost (400 days ago) and one who never came.
 */
export async function smallShop(file?: string) {
  const app = await createTestApp('zh-CN', file);
  const ids: string[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const c = await call<Customer>(app, 'customers.create', { name: `顾客${i}` });
    ids.push(c.id);
    await buy(app, c.id, 200, 50 * i);
    await buy(app, c.id, 20, 50 * i);
  }
  const newcomer = await call<Customer>(app, 'customers.create', { name: '新来的' });
  await buy(app, newcomer.id, 5, 80);
  const slipping = await call<Customer>(app, 'customers.create', { name: '好久没来' });
  for (const daysAgo of [200, 170, 140]) await buy(app, slipping.id, daysAgo, 100);
  const lost = await call<Customer>(app, 'customers.create', { name: '走了的' });
  await buy(app, lost.id, 400, 100);
  const never = await call<Customer>(app, 'customers.create', { name: '只留了电话' });
  return { app, ids, newcomer: newcomer.id, slipping: slipping.id, lost: lost.id, never: never.id };
}
