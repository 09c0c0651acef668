import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
let customer: Customer;
beforeEach(async () => {
  app = await createTestApp();
  customer = await call<Customer>(app, 'customers.create', { name: '张三' });
});
afterEach(async () => {
  await app.close();
});

type Page = { items: Entry[]; nextCursor: string | null };

describe('diary entries', () => {
  it('keeps a long, multi-paragraph story exactly as written', async () => {
    const text = '今天来试了冬装。\n\n她说女儿下个月结婚，想要一件得体的外套。\n\n— 推荐了驼色的那件。';
    const entry = await call<Entry>(app, 'entries.add', {
      customerId: customer.id,
      kind: 'visit',
      text,
      occurredAt: '2026-11-20T15:30:00+08:00',
    });
    expect(entry).toMatchObject({ text, kind: 'visit', occurredAt: '2026-11-20T07:30:00.000Z', lines: [], totalMinor: null });
  });

  it('prices purchase lines: amount is quantity × unit price unless given, in the book currency', async () => {
    await call(app, 'settings.update', { currency: 'TWD' });
    const entry = await call<Entry>(app, 'entries.add', {
      customerId: customer.id,
      kind: 'purchase',
      lines: [
        { item: '亚麻衬衫', colour: '藏青', size: 'L', quantity: 2, unitPriceMinor: 1200 },
        { item: '丝巾', amountMinor: 500 },
        { item: '赠品袋' },
      ],
    });
    expect(entry.lines.map((l) => [l.item, l.quantity, l.amountMinor, l.currency])).toEqual([
      ['亚麻衬衫', 2, 2400, 'TWD'],
      ['丝巾', 1, 500, 'TWD'],
      ['赠品袋', 1, null, 'TWD'],
    ]);
    expect(entry).toMatchObject({ totalMinor: 2900, currency: 'TWD' });
  });

  it('pages the timeline newest first without gaps or repeats', async () => {
    for (let day = 1; day <= 7; day += 1) {
      await call(app, 'entries.add', {
        customerId: customer.id,
        kind: 'note',
        text: `day ${day}`,
        occurredAt: `2026-11-0${day}T10:00:00Z`,
      });
    }
    // Two entries at the same instant must still page deterministically.
    await call(app, 'entries.add', { customerId: customer.id, kind: 'note', text: 'day 7 again', occurredAt: '2026-11-07T10:00:00Z' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await call<Page>(app, 'entries.timeline', { customerId: customer.id, limit: 3, cursor });
      seen.push(...page.items.map((e) => e.text));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(2)).toEqual(['day 6', 'day 5', 'day 4', 'day 3', 'day 2', 'day 1']);
  });

  it('moves a deleted entry to the trash and restores it, keeping the last visit right', async () => {
    const older = await call<Entry>(app, 'entries.add', {
      customerId: customer.id,
      kind: 'visit',
      text: 'first',
      occurredAt: '2026-10-01T10:00:00Z',
    });
    const newer = await call<Entry>(app, 'entries.add', {
      customerId: customer.id,
      kind: 'purchase',
      text: 'second',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    const lastVisit = async () =>
      (await call<{ items: { lastVisitAt: string | null }[] }>(app, 'customers.list', {})).items[0]?.lastVisitAt;
    expect(await lastVisit()).toBe('2026-11-01T10:00:00.000Z');

    const deleted = await call<Entry>(app, 'entries.delete', { id: newer.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await call<Page>(app, 'entries.timeline', { customerId: customer.id })).items.map((e) => e.id)).toEqual([older.id]);
    expect((await call<{ items: Entry[] }>(app, 'entries.trash', { customerId: customer.id })).items.map((e) => e.id)).toEqual([newer.id]);
    expect(await lastVisit()).toBe('2026-10-01T10:00:00.000Z');

    await call(app, 'entries.restore', { id: newer.id });
    expect((await call<Page>(app, 'entries.timeline', { customerId: customer.id })).items).toHaveLength(2);
    expect((await call<{ items: Entry[] }>(app, 'entries.trash', { customerId: customer.id })).items).toEqual([]);
    expect(await lastVisit()).toBe('2026-11-01T10:00:00.000Z');
  });

  it('updates text and replaces lines, and refuses lines on a non-purchase', async () => {
    const entry = await call<Entry>(app, 'entries.add', {
      customerId: customer.id,
      kind: 'purchase',
      text: 'x',
      lines: [{ item: 'a' }, { item: 'b' }],
    });
    const updated = await call<Entry>(app, 'entries.update', {
      id: entry.id,
      patch: { text: '改了', lines: [{ item: 'c', unitPriceMinor: 100 }] },
    });
    expect(updated.text).toBe('改了');
    expect(updated.lines.map((l) => l.item)).toEqual(['c']);
    const refused = await app.dispatch('entries.update', { id: entry.id, patch: { kind: 'note' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const asNote = await call<Entry>(app, 'entries.update', { id: entry.id, patch: { kind: 'note', lines: [] } });
    expect(asNote).toMatchObject({ kind: 'note', lines: [] });
  });
});
