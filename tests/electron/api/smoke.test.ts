import { describe, expect, it } from 'vitest';
import { call, createTestApp } from '../../helpers/create-test-db';

describe('smoke', () => {
  it('creates a customer and recalls them', async () => {
    const app = await createTestApp();
    const c = await call<{ id: string }>(app, 'customers.create', {
      name: '张三',
      gender: 'male',
      phones: [{ number: '+86 138-0013-8000' }],
    });
    await call(app, 'entries.add', {
      customerId: c.id,
      kind: 'purchase',
      text: '买了衬衫',
      lines: [{ item: '衬衫', colour: '藏青', size: 'L', quantity: 1, unitPriceMinor: 29900 }],
    });
    const r = await call(app, 'recall', { customerId: c.id });
    expect(r).toMatchObject({ displayAddressAs: '张先生', visitCount: 1 });
  });
});
