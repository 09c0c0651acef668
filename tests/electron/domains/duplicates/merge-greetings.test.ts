import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const midAutumn = { kind: 'festival', festival: 'mid_autumn', year: 2027 } as const;
const rows = (query: string, ...params: unknown[]) => app.sqlite.prepare(query).all(...params);

async function greet(ids: string[], sent: string[]): Promise<string> {
  const batch = await call<{ batchId: string }>(app, 'greetings.drafts', { occasion: midAutumn, audience: { customerIds: ids } });
  for (const id of sent) await call(app, 'greetings.record', { batchId: batch.batchId, customerId: id, outcome: 'sent', text: '中秋快乐' });
  return batch.batchId;
}

describe('a merge and its undo keep greetings', () => {
  it('the survivor takes the other’s no-marketing wish and greetings; undo gives each back what was theirs', async () => {
    const survivor = await call<Customer>(app, 'customers.create', { name: '王丽华', allowDuplicate: true });
    const other = await call<Customer>(app, 'customers.create', { name: '王丽华', allowDuplicate: true });
    await call(app, 'greetings.setChoice', { customerId: other.id, noMarketing: true });
    await call(app, 'greetings.setChoice', { customerId: other.id, noMarketing: false });
    await call(app, 'greetings.setChoice', { customerId: other.id, noMarketing: true });
    // One batch with both (the other's greeting stays with them), one with the other alone (moves).
    await greet([survivor.id, other.id], []);
    const alone = await greet([other.id], []);
    const before = rows('SELECT * FROM greetings ORDER BY id');

    await call(app, 'customers.merge', { survivorId: survivor.id, otherId: other.id, dryRun: false });
    expect(await call(app, 'greetings.choice', { customerId: survivor.id })).toEqual({ noMarketing: true });
    expect(rows('SELECT batch_id FROM greetings WHERE customer_id = ?', survivor.id)).toEqual(
      expect.arrayContaining([{ batch_id: alone }]),
    );
    expect(rows('PRAGMA foreign_key_check')).toEqual([]);

    await call(app, 'customers.unmerge', { otherId: other.id });
    expect(await call(app, 'greetings.choice', { customerId: survivor.id })).toEqual({ noMarketing: false });
    expect(await call(app, 'greetings.choice', { customerId: other.id })).toEqual({ noMarketing: true });
    expect(rows('SELECT * FROM greetings ORDER BY id')).toEqual(before);
  });

  it('a greeting sent to the other holds the survivor back as already greeted after the merge', async () => {
    const survivor = await call<Customer>(app, 'customers.create', { name: '李明', allowDuplicate: true });
    const other = await call<Customer>(app, 'customers.create', { name: '李明', allowDuplicate: true });
    await greet([other.id], [other.id]);
    await call(app, 'customers.merge', { survivorId: survivor.id, otherId: other.id, dryRun: false });
    const again = await call<{ items: { holds: string[] }[] }>(app, 'greetings.drafts', {
      occasion: midAutumn,
      audience: { customerIds: [survivor.id] },
    });
    expect(again.items[0]?.holds).toContain('already_greeted');
  });
});
