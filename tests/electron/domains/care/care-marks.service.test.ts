import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry, ImportantDate, Today } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
  // 10:00 in the shop (Asia/Shanghai) on 2026-11-24.
  app.clock.set('2026-11-24T02:00:00.000Z');
});
afterEach(async () => {
  await app.close();
});

const newCustomer = (name: string, extra: object = {}) => call<Customer>(app, 'customers.create', { name, ...extra });
const today = () => call<Today>(app, 'today', {});

async function drifter(name: string, phone: string): Promise<Customer> {
  const c = await newCustomer(name, { phones: [{ number: phone }] });
  for (const day of ['2026-06-01', '2026-06-15', '2026-07-01', '2026-07-15'])
    await call(app, 'entries.add', { customerId: c.id, kind: 'visit', text: '来了', occurredAt: `${day}T04:00:00Z` });
  return c;
}

describe('Today empties as the owner works', () => {
  it('a greeted birthday leaves the list for this year, is listed as done today, and comes back next year', async () => {
    const c = await newCustomer('王梓萱', { gender: 'female', phones: [{ number: '+852 9844 1370' }] });
    const date = await call<ImportantDate>(app, 'dates.set', { customerId: c.id, kind: 'birthday', calendar: 'solar', month: 11, day: 26 });
    const before = await today();
    expect(before.dates.map((d) => [d.customerName, d.displayAddressAs, d.phoneTail])).toEqual([['王梓萱', '王女士', '1370']]);

    await call(app, 'care.done', { customerId: c.id, what: 'greeted', dateId: date.id, text: '发了生日祝福。' });
    const after = await today();
    expect(after.dates).toEqual([]);
    expect(after.doneToday).toMatchObject([{ customerName: '王梓萱', what: 'greeted', text: '发了生日祝福。', phoneTail: '1370' }]);

    app.clock.set('2027-11-24T02:00:00.000Z');
    expect((await today()).dates.map((d) => d.date.next.on)).toEqual(['2027-11-26']);
    expect((await today()).doneToday).toEqual([]);
  });

  it('a drifting regular can be called, snoozed, or declared not a regular; a new visit brings them back', async () => {
    const zhao1 = await drifter('赵敏', '13800001111');
    const zhao2 = await drifter('赵雅', '13800002222');
    const zhao3 = await drifter('赵琳', '13800003333');
    expect((await today()).drifting.map((d) => [d.customerName, d.phoneTail]).sort()).toEqual([
      ['赵敏', '1111'],
      ['赵琳', '3333'],
      ['赵雅', '2222'],
    ]);

    await call(app, 'care.done', { customerId: zhao1.id, what: 'called', text: '打电话问候，说我们想念 TA。', snoozeDays: 10 });
    expect(await call(app, 'care.snooze', { customerId: zhao2.id, what: 'snoozed', days: 14 })).toEqual({ until: '2026-12-08' });
    expect(await call(app, 'care.snooze', { customerId: zhao3.id, what: 'notRegular' })).toEqual({ until: null });
    const now = await today();
    expect(now.drifting).toEqual([]);
    expect(now.doneToday.map((d) => [d.customerName, d.what]).sort()).toEqual([
      ['赵敏', 'called'],
      ['赵琳', 'notRegular'],
      ['赵雅', 'snoozed'],
    ]);
    const timeline = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: zhao1.id });
    expect(timeline.items[0]).toMatchObject({ kind: 'call', text: '打电话问候，说我们想念 TA。' });

    // Ten days on, the call's pause is over; the snooze is not; "not a regular" holds.
    app.clock.set('2026-12-04T02:00:00.000Z');
    expect((await today()).drifting.map((d) => d.customerName)).toEqual(['赵敏']);
    app.clock.set('2026-12-08T02:00:00.000Z');
    expect((await today()).drifting.map((d) => d.customerName).sort()).toEqual(['赵敏', '赵雅']);

    // 赵琳 comes in, then drifts again: a new absence is a new item.
    await call(app, 'entries.add', { customerId: zhao3.id, kind: 'visit', text: '又来了', occurredAt: '2026-08-01T04:00:00Z' });
    expect((await today()).drifting.map((d) => d.customerName)).toContain('赵琳');
  });

  it('an open complaint can be called about or put off for a few days, and is refused as "not a regular"', async () => {
    const c = await newCustomer('李娜');
    const complaint = await call<Entry>(app, 'entries.add', { customerId: c.id, kind: 'complaint', text: '拉链坏了' });
    expect((await today()).openComplaints.map((o) => o.text)).toEqual(['拉链坏了']);
    const refused = await app.dispatch('care.snooze', { customerId: c.id, entryId: complaint.id, what: 'notRegular' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'notRegularIsForRegulars' } });

    await call(app, 'care.done', { customerId: c.id, entryId: complaint.id, what: 'called', text: '为投诉打了电话：拉链坏了' });
    expect((await today()).openComplaints).toEqual([]);
    app.clock.set('2026-11-27T02:00:00.000Z');
    expect((await today()).openComplaints.map((o) => o.text)).toEqual(['拉链坏了']);
  });

  it('refuses marks about another customer’s date or complaint, changing nothing', async () => {
    const a = await newCustomer('甲');
    const b = await newCustomer('乙');
    const date = await call<ImportantDate>(app, 'dates.set', { customerId: a.id, kind: 'birthday', calendar: 'solar', month: 11, day: 26 });
    const complaint = await call<Entry>(app, 'entries.add', { customerId: a.id, kind: 'complaint', text: '太贵' });
    const before = dumpRows(app.sqlite);
    expect(await app.dispatch('care.done', { customerId: b.id, what: 'greeted', dateId: date.id, text: '祝福' })).toMatchObject({
      ok: false,
      error: { key: 'dateOfAnother' },
    });
    expect(await app.dispatch('care.snooze', { customerId: b.id, entryId: complaint.id, what: 'snoozed', days: 3 })).toMatchObject({
      ok: false,
      error: { key: 'entryOfAnother' },
    });
    expect(dumpRows(app.sqlite)).toEqual(before);
  });

  it('what was done goes with a customer merged into another, and back when the merge is undone', async () => {
    const keep = await newCustomer('李娜', { phones: [{ number: '13900001111' }] });
    const other = await newCustomer('李娜娜', { phones: [{ number: '13900002222' }] });
    const complaint = await call<Entry>(app, 'entries.add', { customerId: other.id, kind: 'complaint', text: '拉链坏了' });
    await call(app, 'care.snooze', { customerId: other.id, entryId: complaint.id, what: 'snoozed', days: 3 });
    const owner = () => app.sqlite.prepare('SELECT customer_id FROM care_marks').pluck().all();
    await call(app, 'customers.merge', { survivorId: keep.id, otherId: other.id, dryRun: false });
    expect(owner()).toEqual([keep.id]);
    expect((await today()).openComplaints).toEqual([]);
    await call(app, 'customers.unmerge', { otherId: other.id });
    expect(owner()).toEqual([other.id]);
  });
});
