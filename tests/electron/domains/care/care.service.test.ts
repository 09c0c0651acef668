import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry, ImportantDate, KeyPerson, Recall, Today } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
  app.clock.set('2026-11-24T02:00:00.000Z');
});
afterEach(async () => {
  await app.close();
});

const newCustomer = (name: string, extra: object = {}) => call<Customer>(app, 'customers.create', { name, ...extra });
const todayOn = (day: string, horizonDays = 7) => call<Today>(app, 'today', { day, horizonDays });

describe('important dates', () => {
  it('shows the next occurrence and age, lunar and solar, with or without a year', async () => {
    const c = await newCustomer('王丽华');
    const lunar = await call<ImportantDate>(app, 'dates.set', {
      customerId: c.id,
      kind: 'birthday',
      calendar: 'lunar',
      year: 1985,
      month: 8,
      day: 15,
    });
    expect(lunar.next).toMatchObject({ on: '2027-09-15', years: 42 });
    const solar = await call<ImportantDate>(app, 'dates.set', {
      customerId: c.id,
      kind: 'anniversary',
      calendar: 'solar',
      month: 11,
      day: 30,
    });
    expect(solar.next).toEqual({ on: '2026-11-30', years: null, inDays: 6 });
    const list = await call<{ items: ImportantDate[] }>(app, 'dates.list', { customerId: c.id, today: '2026-09-01' });
    expect(list.items.map((d) => [d.kind, d.next.on, d.next.years])).toEqual([
      ['birthday', '2026-09-25', 41],
      ['anniversary', '2026-11-30', null],
    ]);
  });

  it('refuses impossible dates', async () => {
    const c = await newCustomer('张三');
    for (const bad of [
      { kind: 'birthday', calendar: 'solar', month: 2, day: 30 },
      { kind: 'birthday', calendar: 'solar', month: 4, day: 31 },
      { kind: 'birthday', calendar: 'lunar', month: 1, day: 31 },
      { kind: 'birthday', calendar: 'solar', month: 1, day: 1, leapMonth: true },
      { kind: 'custom', calendar: 'solar', month: 1, day: 1 },
    ]) {
      expect(await app.dispatch('dates.set', { customerId: c.id, ...bad }), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});

describe('key people and referrals', () => {
  it("keeps key people with their own dates, and lists them on the customer's Today", async () => {
    const c = await newCustomer('李总');
    const child = await call<KeyPerson>(app, 'people.set', { customerId: c.id, name: '小宝', relation: '儿子' });
    await call(app, 'dates.set', {
      customerId: c.id,
      personId: child.id,
      kind: 'birthday',
      calendar: 'solar',
      year: 2018,
      month: 11,
      day: 26,
    });
    const today = await todayOn('2026-11-24');
    expect(today.dates.map((d) => [d.customerName, d.date.personName, d.date.next.on, d.date.next.years])).toEqual([
      ['李总', '小宝', '2026-11-26', 8],
    ]);
    await call(app, 'people.remove', { id: child.id });
    expect((await todayOn('2026-11-24')).dates).toEqual([]);
  });

  it('lists whom a customer brought and what they spent', async () => {
    const referrer = await newCustomer('老王');
    const a = await newCustomer('小李', { referredBy: referrer.id });
    await newCustomer('小张', { referredBy: referrer.id });
    await call(app, 'entries.add', {
      customerId: a.id,
      kind: 'purchase',
      lines: [
        { item: '外套', unitPriceMinor: 59900 },
        { item: '围巾', unitPriceMinor: 10000 },
      ],
    });
    const { items } = await call<{ items: { name: string; spentMinor: number }[] }>(app, 'customers.referrals', {
      customerId: referrer.id,
    });
    expect(items.map((i) => [i.name, i.spentMinor])).toEqual([
      ['小李', 69900],
      ['小张', 0],
    ]);
    expect((await call<Customer>(app, 'customers.get', { id: a.id })).referredBy).toEqual({ id: referrer.id, name: '老王' });
    expect(await app.dispatch('customers.update', { id: referrer.id, patch: { referredBy: referrer.id } })).toMatchObject({ ok: false });
  });
});

describe('Today', () => {
  it('lists lunar birthdays across the year end and the leap month', async () => {
    const a = await newCustomer('腊月');
    await call(app, 'dates.set', { customerId: a.id, kind: 'birthday', calendar: 'lunar', month: 12, day: 23 });
    const b = await newCustomer('闰六月');
    await call(app, 'dates.set', { customerId: b.id, kind: 'birthday', calendar: 'lunar', year: 1990, month: 6, day: 10, leapMonth: true });
    // 农历腊月廿三 of lunar 2026 is 2027-01-30; 闰六月初十 of 2025 was 2025-08-03.
    expect((await todayOn('2027-01-25')).dates.map((d) => [d.customerName, d.date.next.on])).toEqual([['腊月', '2027-01-30']]);
    expect((await todayOn('2025-08-01')).dates.map((d) => [d.customerName, d.date.next.on, d.date.next.years])).toEqual([
      ['闰六月', '2025-08-03', 35],
    ]);
    // 2026 has no leap sixth month: the birthday falls on the ordinary 六月初十, 2026-07-23.
    expect((await todayOn('2026-07-20')).dates.map((d) => [d.customerName, d.date.next.on])).toEqual([['闰六月', '2026-07-23']]);
  });

  it('shows yearless and solar dates in the window only', async () => {
    const c = await newCustomer('张三');
    await call(app, 'dates.set', { customerId: c.id, kind: 'birthday', calendar: 'solar', month: 12, day: 1 });
    expect((await todayOn('2026-11-24')).dates.map((d) => d.date.next.inDays)).toEqual([7]);
    expect((await todayOn('2026-11-23')).dates).toEqual([]);
  });

  it('lists promises due or overdue, and marking one kept writes the diary line', async () => {
    const c = await newCustomer('陈姐');
    const promise = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'promise',
      text: 'M 号到货就打电话',
      details: { promiseDue: '2026-11-20' },
    });
    await call(app, 'entries.add', {
      customerId: c.id,
      kind: 'promise',
      text: '下个月的新款留一件',
      details: { promiseDue: '2026-12-20' },
    });
    const today = await todayOn('2026-11-24');
    expect(today.promises.map((p) => [p.text, p.overdueDays])).toEqual([['M 号到货就打电话', 4]]);
    await call(app, 'care.done', { customerId: c.id, entryId: promise.id, what: 'promiseKept', text: '打过电话了，她周六来取' });
    expect((await todayOn('2026-11-24')).promises).toEqual([]);
    const timeline = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: c.id });
    expect(timeline.items[0]?.text).toBe('打过电话了，她周六来取');
    expect(timeline.items.find((e) => e.id === promise.id)?.details?.promiseStatus).toBe('kept');
  });

  it('follows a complaint from open, to resolved, to the follow-up call three days later', async () => {
    const c = await newCustomer('赵先生');
    const complaint = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'complaint',
      text: '拉链一周就坏了，很不高兴',
      occurredAt: '2026-11-18T03:00:00Z',
    });
    let today = await todayOn('2026-11-24');
    expect(today.openComplaints.map((o) => o.text)).toEqual(['拉链一周就坏了，很不高兴']);
    expect(today.complaintCalls).toEqual([]);
    const resolved = await call<Entry>(app, 'entries.update', {
      id: complaint.id,
      patch: { details: { remedy: '免费换了新拉链', resolvedOn: '2026-11-20' } },
    });
    expect(resolved.details).toMatchObject({ remedy: '免费换了新拉链', resolvedOn: '2026-11-20', followUpOn: '2026-11-23' });
    today = await todayOn('2026-11-24');
    expect(today.openComplaints).toEqual([]);
    expect(today.complaintCalls.map((c2) => [c2.text, c2.due])).toEqual([['拉链一周就坏了，很不高兴', '2026-11-23']]);
    expect(today.followUps).toEqual([]);
    await call(app, 'care.done', { customerId: c.id, entryId: complaint.id, what: 'complaintCall', text: '回访：拉链很好用，他很满意' });
    expect((await todayOn('2026-11-24')).complaintCalls).toEqual([]);
    const recall = await call<Recall>(app, 'recall', { customerId: c.id });
    expect(recall.lastLine?.text).toBe('回访：拉链很好用，他很满意');
    expect(recall.lastContactAt).toBe('2026-11-24T02:00:00.000Z');
  });

  it('lists follow-ups due or overdue, not future ones', async () => {
    const c = await newCustomer('Anna');
    await call(app, 'entries.add', {
      customerId: c.id,
      kind: 'purchase',
      lines: [{ item: 'coat' }],
      details: { followUpOn: '2026-11-24' },
    });
    await call(app, 'entries.add', { customerId: c.id, kind: 'visit', text: 'looked at boots', details: { followUpOn: '2026-11-30' } });
    expect((await todayOn('2026-11-24')).followUps.map((f) => [f.kind, f.overdueDays])).toEqual([['purchase', 0]]);
    expect((await todayOn('2026-12-01')).followUps.map((f) => [f.kind, f.overdueDays])).toEqual([
      ['purchase', 7],
      ['visit', 1],
    ]);
  });

  it('spots regulars drifting away: 3+ visits and away more than twice their usual gap and 30 days', async () => {
    const visit = (id: string, day: string) =>
      call(app, 'entries.add', { customerId: id, kind: 'visit', text: '来了', occurredAt: `${day}T04:00:00Z` });
    const regular = await newCustomer('常客');
    for (const day of ['2026-06-01', '2026-06-15', '2026-07-01', '2026-07-15']) await visit(regular.id, day);
    const weekly = await newCustomer('每周来');
    for (const day of ['2026-11-03', '2026-11-10', '2026-11-17']) await visit(weekly.id, day);
    const twice = await newCustomer('两次');
    for (const day of ['2026-01-01', '2026-02-01']) await visit(twice.id, day);
    const rare = await newCustomer('半年一次');
    for (const day of ['2025-05-01', '2025-11-01', '2026-05-01']) await visit(rare.id, day);
    const today = await todayOn('2026-11-24');
    expect(today.drifting.map((d) => [d.customerName, d.visitCount, d.usualGapDays, d.daysAway])).toEqual([['常客', 4, 14, 132]]);
    // Boundary: 半年一次 has a usual gap of ~183 days; from day 367 after the last visit it is drifting.
    expect((await todayOn('2027-05-03')).drifting.map((d) => d.customerName)).toContain('半年一次');
    expect((await todayOn('2027-04-30')).drifting.map((d) => d.customerName)).not.toContain('半年一次');
  });

  it('says there has been no backup yet', async () => {
    expect((await todayOn('2026-11-24')).backup).toEqual({ lastAt: null });
  });

  it('hides archived customers', async () => {
    const c = await newCustomer('归档');
    await call(app, 'entries.add', { customerId: c.id, kind: 'promise', text: 'x', details: { promiseDue: '2026-11-01' } });
    await call(app, 'customers.archive', { id: c.id, archived: true });
    expect((await todayOn('2026-11-24')).promises).toEqual([]);
  });
});

describe('entry details', () => {
  it('keeps gifts and satisfaction, and refuses details that do not fit the kind', async () => {
    const c = await newCustomer('王姐');
    const gift = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'gift',
      text: '',
      details: { giftItem: '丝巾', giftOccasion: '生日' },
    });
    expect(gift.details).toMatchObject({ giftItem: '丝巾', giftOccasion: '生日' });
    expect((await call<{ items: { item: string }[] }>(app, 'entries.gifts', { customerId: c.id })).items.map((g) => g.item)).toEqual([
      '丝巾',
    ]);
    const service = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'service',
      text: '改了裤长',
      details: { satisfaction: 5 },
    });
    expect(service.details?.satisfaction).toBe(5);
    expect(await app.dispatch('entries.add', { customerId: c.id, kind: 'promise', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await app.dispatch('entries.add', { customerId: c.id, kind: 'note', text: 'x', details: { remedy: 'y' } })).toMatchObject({
      ok: false,
    });
    expect(await app.dispatch('entries.add', { customerId: c.id, kind: 'service', text: 'x', details: { satisfaction: 6 } })).toMatchObject(
      { ok: false },
    );
  });
});
