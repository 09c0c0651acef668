import type { Customer } from '../../shared/contract';
import { call, type TestApp } from './create-test-db';

/**
 * 王梓萱, a regular: three silk-scarf purchases (mid June, September and November 2026, mid-month
 * so that every test time zone sees the same months), the VIP of a book where she alone spends.
 */
export async function addRegular(app: TestApp, input: object = {}): Promise<Customer> {
  const wang = await call<Customer>(app, 'customers.create', {
    name: '王梓萱',
    gender: 'female',
    phones: [{ number: '13800138821' }],
    allowDuplicate: true,
    ...input,
  });
  for (const month of ['06', '09', '11']) {
    await call(app, 'entries.add', {
      customerId: wang.id,
      kind: 'purchase',
      text: '买了丝巾',
      lines: [{ item: '丝巾', unitPriceMinor: 12800 }],
      // Noon UTC: the same day in every zone the suite runs in (Shanghai, Los Angeles).
      occurredAt: `2026-${month}-15T12:00:00Z`,
    });
  }
  return wang;
}
