import { describe, expect, it } from 'vitest';
import { openConflicts, settleConflict } from '../../../../electron/domains/sync/conflicts.service';
import { syncOnce } from '../../../../electron/domains/sync/sync-engine.service';
import { bookText } from '../../../helpers/book-text';
import { call, type TestApp } from '../../../helpers/create-test-db';
import { useSyncCounters, type Counter } from '../../../helpers/replica-counters';

const { counter, round, hubDb } = useSyncCounters();

// Stamps are milliseconds: two counters' writes a few apart are told apart by time, not by device.
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

const customerOf = (c: Counter, id: string) =>
  c.app.sqlite.prepare('SELECT name, about, company FROM customers WHERE id = ?').get(id) as Record<string, string | null>;
const tagsOf = (c: Counter, id: string) =>
  (c.app.sqlite.prepare('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck().all(id) as string[]).join(',');
const phonesOf = (c: Counter, id: string) =>
  (c.app.sqlite.prepare('SELECT number FROM customer_phones WHERE customer_id = ? ORDER BY position').pluck().all(id) as string[]).join(
    ',',
  );
const stampsOf = (app: TestApp, id: string) =>
  app.sqlite
    .prepare("SELECT field, gone FROM sync_stamps WHERE doc_id = ? AND field NOT LIKE 'customers.updated_at' ORDER BY field")
    .all(`customer/${id}`);

async function twoCountersWith(customer: Record<string, unknown>): Promise<{ a: Counter; b: Counter; id: string }> {
  const a = await counter('a');
  const b = await counter('b');
  const { id } = await call<{ id: string }>(a.app, 'customers.create', customer);
  await round(a, b);
  return { a, b, id };
}

describe('a customer changed on two counters before either saw the other', () => {
  it('keeps both changes when they touch different fields, and records no conflict', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四', phones: [{ number: '13800000001' }], tags: ['老客'] });
    await call(a.app, 'customers.update', {
      id,
      patch: { about: '喜欢藏青色', phones: [{ number: '13800000001' }, { number: '13900000002' }] },
    });
    await later();
    await call(b.app, 'customers.update', { id, patch: { company: '王记茶庄', tags: ['老客', 'VIP'] } });
    await round(a, b, a, b);
    for (const c of [a, b]) {
      expect(customerOf(c, id)).toEqual({ name: '李四', about: '喜欢藏青色', company: '王记茶庄' });
      expect(phonesOf(c, id)).toBe('13800000001,13900000002');
      expect(tagsOf(c, id)).toBe('VIP,老客');
      expect(await openConflicts(c.app.ctx.db)).toEqual([]);
    }
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('takes the later change to one field, keeps the other as a record on every counter, and taking it back wins everywhere', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四' });
    await call(a.app, 'customers.update', { id, patch: { about: '柜台一写的' } });
    await later();
    await call(b.app, 'customers.update', { id, patch: { about: '柜台二写的' } });
    // The counter that merges records what lost; the record reaches the other with its next round.
    await round(a, b, a, b, a);
    for (const c of [a, b]) {
      expect(customerOf(c, id).about).toBe('柜台二写的');
      const open = await openConflicts(c.app.ctx.db);
      expect(open.map((o) => [o.docId, o.field])).toEqual([[`customer/${id}`, 'customers.about']]);
      expect(JSON.stringify(open[0]?.other)).toContain('柜台一写的');
    }
    const record = (await openConflicts(a.app.ctx.db))[0]?.id ?? '';
    await settleConflict(a.app.ctx.db, record, 'took_other', new Date('2026-12-04T10:00:00Z'));
    expect(customerOf(a, id).about).toBe('柜台一写的');
    await round(a, b, a);
    for (const c of [a, b]) {
      expect(customerOf(c, id)).toMatchObject({ name: '李四', about: '柜台一写的' });
      expect(await openConflicts(c.app.ctx.db)).toEqual([]);
    }
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('merges a change written here and not yet sent with the one the copy brought meanwhile', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四' });
    await call(a.app, 'customers.update', { id, patch: { about: '柜台一写的' } });
    await round(a);
    await later();
    await call(b.app, 'customers.update', { id, patch: { company: '柜台二写的公司' } });
    // b's copy brings a's version while b's own waits in its outbox: nothing is recorded, both stay.
    await b.replica.sync(hubDb());
    await round(b, a);
    for (const c of [a, b]) expect(customerOf(c, id)).toEqual({ name: '李四', about: '柜台一写的', company: '柜台二写的公司' });
    expect(await openConflicts(b.app.ctx.db)).toEqual([]);
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('treats tags as a set: one counter removes a tag while another adds one, and a removed tag stays removed', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四', tags: ['老客', '爱喝茶'] });
    await call(a.app, 'customers.update', { id, patch: { tags: ['老客'] } });
    await later();
    await call(b.app, 'customers.update', { id, patch: { tags: ['老客', '爱喝茶', 'VIP'] } });
    await round(a, b, a, b);
    for (const c of [a, b]) expect(tagsOf(c, id)).toBe('VIP,老客');
    expect(await openConflicts(a.app.ctx.db)).toEqual([]);
  });

  it('keeps a like added on one counter and one changed on another', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四' });
    const tea = await call<{ id: string }>(a.app, 'preferences.set', {
      customerId: id,
      polarity: 'like',
      category: 'taste',
      value: '红茶',
    });
    await round(a, b);
    await call(a.app, 'preferences.set', { id: tea.id, customerId: id, polarity: 'like', category: 'taste', value: '普洱' });
    await later();
    await call(b.app, 'preferences.set', { customerId: id, polarity: 'dislike', category: 'colour', value: '黄色' });
    await round(a, b, a, b);
    const likes = (c: Counter) =>
      (c.app.sqlite.prepare('SELECT value FROM preferences WHERE customer_id = ? ORDER BY value').pluck().all(id) as string[]).join(',');
    for (const c of [a, b]) expect(likes(c)).toBe('普洱,黄色');
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('lets a counter whose clock is behind still win with a change made after it saw the other’s', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四' });
    // a's clock runs a day ahead: its stamps say tomorrow.
    const ahead = Date.now() + 86_400_000 - 60_000;
    a.app.sqlite
      .prepare("INSERT INTO sync_state (key, value) VALUES ('clock', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(String(ahead));
    await call(a.app, 'customers.update', { id, patch: { about: '柜台一写的' } });
    await round(a, b);
    await call(b.app, 'customers.update', { id, patch: { about: '看到之后改的' } });
    await round(b, a);
    for (const c of [a, b]) expect(customerOf(c, id).about).toBe('看到之后改的');
    expect(await openConflicts(a.app.ctx.db)).toEqual([]);
  });
});

describe('stamps written with each change to a customer', () => {
  it('stamp a counter’s next change of a field later than its last, even while its clock is held back by another’s', async () => {
    const { a, b, id } = await twoCountersWith({ name: '李四' });
    // Another counter's clock ran an hour ahead: every stamp here is held past it for that hour.
    const ahead = Date.now() + 3_600_000;
    a.app.sqlite
      .prepare("INSERT INTO sync_state (key, value) VALUES ('clock', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(String(ahead));
    await call(a.app, 'customers.update', { id, patch: { about: '甲' } });
    await round(a);
    // Would lose to the first by value if both stamped alike ('甲' sorts after '乙').
    await call(a.app, 'customers.update', { id, patch: { about: '乙' } });
    await round(a, b);
    for (const c of [a, b]) expect(customerOf(c, id).about).toBe('乙');
    expect(await openConflicts(a.app.ctx.db)).toEqual([]);
  });

  it('stamp only the fields a write changed, and a removed tag as removed', async () => {
    const a = await counter('a');
    const { id } = await call<{ id: string }>(a.app, 'customers.create', { name: '李四', tags: ['老客', 'VIP'] });
    a.app.sqlite.prepare('DELETE FROM sync_stamps').run();
    await call(a.app, 'customers.update', { id, patch: { about: '喜欢茶', tags: ['老客'] } });
    expect(stampsOf(a.app, id)).toEqual([
      { field: 'customer_tags|["VIP"]', gone: 1 },
      { field: 'customers.about', gone: 0 },
    ]);
    // Deleting the customer leaves none behind: the deletion is the document's.
    await call(a.app, 'customers.delete', { id, confirmName: '李四' });
    expect(stampsOf(a.app, id)).toEqual([]);
  });

  it('are not written for what comes from the hub, which brings its own', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const { id } = await call<{ id: string }>(a.app, 'customers.create', { name: '李四', tags: ['VIP'] });
    await syncOnce(a.app.ctx.db, a.replica, hubDb());
    await syncOnce(b.app.ctx.db, b.replica, hubDb());
    expect(stampsOf(b.app, id)).toEqual(stampsOf(a.app, id));
    expect(b.app.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
  });
});

describe('a merge of two customers on one counter while another worked on the merged one offline', () => {
  it('moves the other counter’s entry to the survivor, offers its change there, and the merged customer stays gone', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const survivor = await call<{ id: string }>(a.app, 'customers.create', { name: '王丽华', phones: [{ number: '13812345678' }] });
    const other = await call<{ id: string }>(a.app, 'customers.create', {
      name: '王丽华',
      phones: [{ number: '13912345678' }],
      allowDuplicate: true,
    });
    await round(a, b);
    await call(a.app, 'customers.merge', { survivorId: survivor.id, otherId: other.id, dryRun: false });
    await later();
    const note = await call<{ id: string }>(b.app, 'entries.add', { customerId: other.id, kind: 'note', text: '要藏青色的围巾' });
    await call(b.app, 'customers.update', { id: other.id, patch: { about: '喜欢绿色' } });
    await round(a, b, a, b);
    for (const c of [a, b]) {
      const customers = c.app.sqlite.prepare('SELECT id FROM customers').pluck().all();
      expect(customers).toEqual([survivor.id]);
      expect(c.app.sqlite.prepare('SELECT customer_id FROM entries WHERE id = ?').pluck().get(note.id)).toBe(survivor.id);
      expect(phonesOf(c, survivor.id)).toBe('13812345678,13912345678');
      const open = await openConflicts(c.app.ctx.db);
      expect(open.map((o) => [o.docId, o.field])).toEqual([[`customer/${survivor.id}`, 'customers.about']]);
      expect(JSON.stringify(open[0]?.other)).toContain('喜欢绿色');
    }
    // The entry is found under the survivor on the counter that merged.
    const hits = await call<{ hits: { customerId: string }[] }>(a.app, 'lookup', { query: '藏青色', limit: 5 });
    expect(hits.hits.map((h) => h.customerId)).toEqual([survivor.id]);
    expect(bookText(a.app)).toBe(bookText(b.app));
  });
});
