import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput, Customer, Entry } from '../../../../shared/contract';
import { customerReferences } from '../../../../electron/domains/duplicates/merge.repository';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const add = (input: object) => call<Customer>(app, 'customers.create', { ...input, allowDuplicate: true });
const merge = (survivorId: string, otherId: string) =>
  call<CallOutput<'customers.merge'>>(app, 'customers.merge', { survivorId, otherId, dryRun: false });
const rows = (query: string, ...params: unknown[]) => app.sqlite.prepare(query).all(...params);
const foreignKeyProblems = () => rows('PRAGMA foreign_key_check');

describe('a merge keeps everything of both', () => {
  it('keeps the referrer, the referrals, the earlier first-seen date and both hand-set tiers (the survivor’s wins, the other’s in the diary)', async () => {
    const friend = await add({ name: '老李' });
    app.clock.set('2025-03-01T02:00:00.000Z');
    const other = await add({ name: '丽华', phones: [{ number: '13800138821' }], referredBy: friend.id });
    app.clock.set('2026-11-24T09:00:00.000Z');
    const survivor = await add({ name: '王丽华', phones: [{ number: '13800138821' }] });
    const brought = await add({ name: '小周', referredBy: other.id });
    await call(app, 'customers.setTier', { customerId: survivor.id, tier: 'regular', reason: '刚认识' });
    await call(app, 'customers.setTier', { customerId: other.id, tier: 'vip', reason: '老板的朋友' });

    const plan = await merge(survivor.id, other.id);
    expect(plan.fills).toEqual(['referred_by', 'created_at']);
    const kept = await call<Customer>(app, 'customers.get', { id: survivor.id });
    expect(kept.referredBy).toEqual({ id: friend.id, name: '老李' });
    expect(kept.createdAt).toBe('2025-03-01T02:00:00.000Z');
    expect((await call<Customer>(app, 'customers.get', { id: brought.id })).referredBy).toEqual({ id: survivor.id, name: '王丽华' });
    expect(rows('SELECT tier_override, tier_override_reason FROM customers WHERE id = ?', survivor.id)).toEqual([
      { tier_override: 'regular', tier_override_reason: '刚认识' },
    ]);
    const [note] = (await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: survivor.id })).items;
    expect(note?.text).toContain('丽华 的等级是手动设定的：VIP “老板的朋友”。王丽华 保留自己的：常客 “刚认识”。');
    expect(note?.text).toContain('建档日期：2025-03-01');
    expect(foreignKeyProblems()).toEqual([]);
  });

  it('takes the other’s hand-set tier when the survivor has none, and never makes anyone their own referrer', async () => {
    const survivor = await add({ name: '王丽华' });
    const other = await add({ name: '丽华', referredBy: survivor.id });
    await call(app, 'customers.update', { id: survivor.id, patch: { referredBy: other.id } });
    await call(app, 'customers.setTier', { customerId: other.id, tier: 'vip', reason: '老板的朋友' });
    await merge(survivor.id, other.id);
    expect(rows('SELECT referred_by, tier_override, tier_override_reason FROM customers')).toEqual([
      { referred_by: null, tier_override: 'vip', tier_override_reason: '老板的朋友' },
    ]);
    expect(await call(app, 'customers.value', { customerId: survivor.id })).toMatchObject({ tier: 'vip' });
  });

  it('keeps every phone, past the ten a customer could have before', async () => {
    const phones = (from: number) => Array.from({ length: 10 }, (_, i) => ({ number: `1380000${String(from + i).padStart(4, '0')}` }));
    const survivor = await add({ name: '王丽华', phones: phones(0) });
    const other = await add({ name: '丽华', phones: [...phones(5), { number: '+86 138 0000 0001' }].slice(0, 10) });
    const plan = await merge(survivor.id, other.id);
    expect(plan.phones).toHaveLength(15);
    expect((await call<Customer>(app, 'customers.get', { id: survivor.id })).phones.map((p) => p.digits)).toEqual(
      Array.from({ length: 15 }, (_, i) => `1380000${String(i).padStart(4, '0')}`),
    );
    // The edit form can save them all again.
    const kept = await call<Customer>(app, 'customers.get', { id: survivor.id });
    await call(app, 'customers.update', { id: survivor.id, patch: { phones: kept.phones.map((p) => ({ number: p.number })) } });
  });

  it('folds a birthday both had (keeping the year), a key person both knew and a like both had; keeps what differs', async () => {
    const survivor = await add({ name: '王丽华' });
    const other = await add({ name: '丽华' });
    const day = { kind: 'birthday', calendar: 'lunar', month: 8, day: 15 };
    await call(app, 'dates.set', { customerId: survivor.id, ...day });
    await call(app, 'dates.set', { customerId: other.id, ...day, year: 1985 });
    await call(app, 'dates.set', { customerId: other.id, kind: 'birthday', calendar: 'solar', month: 9, day: 15 });
    const herDaughter = await call<{ id: string }>(app, 'people.set', { customerId: survivor.id, name: '小美', relation: '女儿' });
    const sameDaughter = await call<{ id: string }>(app, 'people.set', { customerId: other.id, name: '小美', relation: '女儿' });
    await call(app, 'people.set', { customerId: other.id, name: '老王', relation: '先生' });
    await call(app, 'dates.set', {
      customerId: survivor.id,
      personId: herDaughter.id,
      kind: 'birthday',
      calendar: 'solar',
      month: 6,
      day: 1,
    });
    await call(app, 'dates.set', {
      customerId: other.id,
      personId: sameDaughter.id,
      kind: 'birthday',
      calendar: 'solar',
      month: 6,
      day: 1,
    });
    await call(app, 'preferences.set', { customerId: survivor.id, polarity: 'like', category: 'colour', value: '藏青' });
    await call(app, 'preferences.set', { customerId: other.id, polarity: 'like', category: 'colour', value: '藏青' });
    await call(app, 'preferences.set', { customerId: other.id, polarity: 'dislike', category: 'colour', value: '藏青' });

    const plan = await call<CallOutput<'customers.merge'>>(app, 'customers.merge', { survivorId: survivor.id, otherId: other.id });
    expect(plan).toMatchObject({ moves: { dates: 1, people: 1, preferences: 1 }, folds: { dates: 2, people: 1, preferences: 1 } });
    await merge(survivor.id, other.id);
    expect(rows('SELECT calendar, year, month, day, person_id IS NOT NULL AS person FROM important_dates ORDER BY month')).toEqual([
      { calendar: 'solar', year: null, month: 6, day: 1, person: 1 },
      { calendar: 'lunar', year: 1985, month: 8, day: 15, person: 0 },
      { calendar: 'solar', year: null, month: 9, day: 15, person: 0 },
    ]);
    expect(rows('SELECT name FROM key_people ORDER BY name')).toEqual([{ name: '小美' }, { name: '老王' }]);
    expect(rows('SELECT polarity FROM preferences ORDER BY polarity')).toEqual([{ polarity: 'dislike' }, { polarity: 'like' }]);
    expect(foreignKeyProblems()).toEqual([]);
  });

  it('re-points kept-apart marks and key-person links, never to oneself', async () => {
    const survivor = await add({ name: '张三', phones: [{ number: '13900001111' }] });
    const other = await add({ name: '张三', phones: [{ number: '13800001111' }] });
    const third = await add({ name: '张三', phones: [{ number: '13700001111' }] });
    await call(app, 'duplicates.keepApart', { customerIds: [other.id, third.id] });
    await call(app, 'duplicates.keepApart', { customerIds: [survivor.id, other.id] });
    const husband = await call<{ id: string }>(app, 'people.set', {
      customerId: third.id,
      name: '张三',
      relation: '先生',
      linkedCustomerId: other.id,
    });
    const self = await call<{ id: string }>(app, 'people.set', {
      customerId: survivor.id,
      name: '张三',
      relation: '本人',
      linkedCustomerId: other.id,
    });
    const plan = await merge(survivor.id, other.id);
    expect(plan.moves).toMatchObject({ keptApart: 1 });
    expect(rows('SELECT first_id, second_id FROM kept_apart')).toEqual([
      { first_id: [survivor.id, third.id].sort()[0], second_id: [survivor.id, third.id].sort()[1] },
    ]);
    expect(rows('SELECT id, linked_customer_id FROM key_people ORDER BY id')).toEqual(
      [
        { id: husband.id, linked_customer_id: survivor.id },
        { id: self.id, linked_customer_id: null },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(foreignKeyProblems()).toEqual([]);
  });

  it('leaves the search index, visits and values right for the survivor at once', async () => {
    const survivor = await add({ name: '王丽华', phones: [{ number: '13800138821' }] });
    const other = await add({ name: '丽华', phones: [{ number: '021-64381234' }] });
    for (const [who, day] of [
      [survivor.id, '2026-09-01'],
      [other.id, '2026-10-01'],
      [other.id, '2026-11-01'],
    ] as const) {
      await call(app, 'entries.add', {
        customerId: who,
        kind: 'purchase',
        text: '买了真丝围巾',
        lines: [{ item: '围巾', unitPriceMinor: 50000 }],
        occurredAt: `${day}T04:00:00Z`,
      });
    }
    await call(app, 'customers.list', {});
    await merge(survivor.id, other.id);
    expect(rows('SELECT visit_count, last_visit_at FROM customers')).toEqual([
      { visit_count: 3, last_visit_at: '2026-11-01T04:00:00.000Z' },
    ]);
    expect(rows('SELECT customer_id, spend_window FROM customer_value')).toEqual([{ customer_id: survivor.id, spend_window: 150000 }]);
    expect(await call(app, 'lookup', { query: '1234' })).toMatchObject({ hits: [{ customerId: survivor.id }] });
    expect(await call(app, 'lookup', { query: '真丝围巾' })).toMatchObject({ hits: [{ customerId: survivor.id }] });
    expect(rows('SELECT count(*) AS n FROM search_keys WHERE customer_id = ?', other.id)).toEqual([{ n: 0 }]);
  });

  it('changes nothing when one of the two is gone', async () => {
    const survivor = await add({ name: '王丽华' });
    const before = dumpRows(app.sqlite);
    const refused = await app.dispatch('customers.merge', {
      survivorId: survivor.id,
      otherId: '01900000-0000-7000-8000-000000000000',
      dryRun: false,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpRows(app.sqlite)).toEqual(before);
  });
});

describe('every table that names a customer', () => {
  it('is one the merge handles (a new table with a customer column fails here until the merge knows it)', () => {
    const tables = rows(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'",
    ) as {
      name: string;
    }[];
    const found = tables.flatMap(({ name }) => {
      const keys = rows(`SELECT "from", "table" FROM pragma_foreign_key_list(?)`, name) as { from: string; table: string }[];
      const columns = rows('SELECT name FROM pragma_table_info(?)', name) as { name: string }[];
      return [
        ...keys.filter((k) => k.table === 'customers').map((k) => `${name}.${k.from}`),
        ...columns.filter((c) => /customer_id$/.test(c.name)).map((c) => `${name}.${c.name}`),
      ];
    });
    expect([...new Set(found)].sort()).toEqual(Object.keys(customerReferences).sort());
  });
});
