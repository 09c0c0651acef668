import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { GreetingDraft, GreetingSettings } from '../../../../shared/contract/greetings.contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

type Drafts = { batchId: string; occasionId: string; label: string; items: GreetingDraft[]; more: number };
const midAutumn = { kind: 'festival', festival: 'mid_autumn', year: 2027 } as const;

async function book() {
  app = await createTestApp('zh-CN');
  const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', gender: 'female', phones: [{ number: '13800138821' }] });
  const li = await call<Customer>(app, 'customers.create', { name: '李明', gender: 'male' });
  const zhao = await call<Customer>(app, 'customers.create', { name: '赵敏', gender: 'female' });
  await call(app, 'preferences.set', { customerId: wang.id, polarity: 'like', value: '真丝围巾' });
  await call(app, 'entries.add', { customerId: wang.id, kind: 'purchase', text: '', lines: [{ item: '藏青羊绒大衣' }] });
  return { wang, li, zhao };
}

const textOf = (drafts: Drafts, id: string) => drafts.items.find((d) => d.customerId === id)?.text ?? '';

describe('greetings', () => {
  it('drafts from each customer’s own book, with only the facts it holds', async () => {
    const { wang, li } = await book();
    await call(app, 'greetings.setSettings', { ...(await call<GreetingSettings>(app, 'greetings.settings', {})), shopName: '小丽服装' });
    const drafts = await call<Drafts>(app, 'greetings.drafts', { occasion: midAutumn, audience: { customerIds: [wang.id, li.id] } });
    expect(drafts.occasionId).toBe('festival:mid_autumn:2027');
    expect(drafts.label).toBe('中秋节 2027');
    expect(textOf(drafts, wang.id)).toContain('王女士');
    expect(textOf(drafts, wang.id)).toContain('真丝围巾');
    expect(textOf(drafts, wang.id)).toContain('—— 小丽服装');
    expect(textOf(drafts, li.id)).toContain('李先生');
    expect(textOf(drafts, li.id)).not.toMatch(/喜欢|[{}]/);
    expect(drafts.items.every((d) => d.holds.length === 0)).toBe(true);
  });

  it('speaks of the last purchase as the diary says it worked out: thanks when pleased, asks when unknown, silent when disappointed', async () => {
    const { wang, li, zhao } = await book();
    const details = (satisfaction: number) => ({ satisfaction });
    await call(app, 'entries.add', { customerId: li.id, kind: 'purchase', text: '', lines: [{ item: '牛仔外套' }], details: details(5) });
    await call(app, 'entries.add', { customerId: zhao.id, kind: 'purchase', text: '', lines: [{ item: '羊毛裙' }], details: details(1) });
    const first = await call<Drafts>(app, 'greetings.drafts', {
      occasion: { kind: 'win_back' },
      audience: { customerIds: [wang.id, li.id, zhao.id] },
    });
    expect(textOf(first, wang.id)).toMatch(/藏青羊绒大衣.*(满意吗|合不合心意)/);
    expect(textOf(first, li.id)).toMatch(/牛仔外套.*(合您心意|用着满意)/);
    expect(textOf(first, li.id)).not.toMatch(/满意吗|合不合/);
    expect(textOf(first, zhao.id)).not.toContain('羊毛裙');
  });

  it('holds back who asked for no marketing, was contacted lately, has an open complaint or was already greeted, and says why', async () => {
    const { wang, li, zhao } = await book();
    await call(app, 'greetings.setChoice', { customerId: wang.id, noMarketing: true });
    await call(app, 'entries.add', { customerId: li.id, kind: 'call', text: '问尺码' });
    await call(app, 'entries.add', { customerId: zhao.id, kind: 'complaint', text: '拉链坏了' });
    const drafts = await call<Drafts>(app, 'greetings.drafts', {
      occasion: midAutumn,
      audience: { customerIds: [wang.id, li.id, zhao.id] },
    });
    const holds = Object.fromEntries(drafts.items.map((d) => [d.customerId, [d.holds, d.canInclude]]));
    expect(holds[wang.id]).toEqual([['no_marketing'], false]);
    expect(holds[li.id]).toEqual([['contacted_recently'], true]);
    expect(holds[zhao.id]).toEqual([['open_complaint'], true]);
    // Held back, recorded as held; sending to the one who said no is refused and writes nothing.
    expect(app.sqlite.prepare("SELECT count(*) AS n FROM greetings WHERE outcome = 'held'").get()).toEqual({ n: 3 });
    const refused = await app.dispatch('greetings.record', {
      batchId: drafts.batchId,
      customerId: wang.id,
      outcome: 'sent',
      text: '中秋快乐',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('王丽华');
    expect(app.sqlite.prepare("SELECT count(*) AS n FROM entries WHERE kind = 'message'").get()).toEqual({ n: 0 });
    // Included by hand, the held-back customer is greeted; the next batch then holds them back as already greeted.
    await call(app, 'greetings.record', { batchId: drafts.batchId, customerId: zhao.id, outcome: 'sent', text: textOf(drafts, zhao.id) });
    app.clock.advance(20 * 86_400_000);
    const again = await call<Drafts>(app, 'greetings.drafts', { occasion: midAutumn, audience: { customerIds: [zhao.id] } });
    expect(again.items[0]?.holds).toContain('already_greeted');
  });

  it('a sent greeting is a message in the diary; a skipped one writes nothing there', async () => {
    const { wang, li } = await book();
    const drafts = await call<Drafts>(app, 'greetings.drafts', { occasion: midAutumn, audience: { customerIds: [wang.id, li.id] } });
    const sent = await call<{ entryId: string }>(app, 'greetings.record', {
      batchId: drafts.batchId,
      customerId: wang.id,
      outcome: 'sent',
      text: '王女士，中秋快乐！',
    });
    await call(app, 'greetings.record', { batchId: drafts.batchId, customerId: li.id, outcome: 'skipped' });
    const { items } = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(items[0]).toMatchObject({ id: sent.entryId, kind: 'message', text: '王女士，中秋快乐！' });
    const liTimeline = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: li.id });
    expect(liTimeline.items.some((e) => e.kind === 'message')).toBe(false);
    // The recall card says when and for what they were last greeted; a skipped customer was not.
    expect((await call<{ lastGreeting: unknown }>(app, 'recall', { customerId: wang.id })).lastGreeting).toEqual({
      label: '中秋节 2027',
      at: '2026-11-24T09:00:00.000Z',
    });
    expect((await call<{ lastGreeting: unknown }>(app, 'recall', { customerId: li.id })).lastGreeting).toBeNull();
  });

  it('a birthday greeting uses the key person’s name and takes the date off Today', async () => {
    const { wang } = await book();
    const person = await call<{ id: string }>(app, 'people.set', { customerId: wang.id, name: '小美', relation: '女儿' });
    // The test clock is 2026-11-24: a birthday on 26 November is two days away.
    const date = await call<{ id: string }>(app, 'dates.set', {
      customerId: wang.id,
      personId: person.id,
      kind: 'birthday',
      calendar: 'solar',
      month: 11,
      day: 26,
    });
    const drafts = await call<Drafts>(app, 'greetings.drafts', {
      occasion: { kind: 'date', dateId: date.id },
      audience: { customerIds: [wang.id] },
    });
    expect(drafts.occasionId).toBe(`date:${date.id}:2026-11-26`);
    expect(drafts.items[0]?.text).toContain('您女儿小美');
    const before = await call<{ dates: { date: { id: string } }[] }>(app, 'today', {});
    expect(before.dates.map((d) => d.date.id)).toContain(date.id);
    await call(app, 'greetings.record', {
      batchId: drafts.batchId,
      customerId: wang.id,
      outcome: 'sent',
      text: drafts.items[0]?.text ?? '',
    });
    const after = await call<{ dates: { date: { id: string } }[] }>(app, 'today', {});
    expect(after.dates.map((d) => d.date.id)).not.toContain(date.id);
  });

  it('refuses an own template naming a field that does not exist, and changes nothing', async () => {
    await book();
    const settings = await call<GreetingSettings>(app, 'greetings.settings', {});
    const reply = await app.dispatch('greetings.setSettings', { ...settings, templates: { festival: '{称呼}，{生曰}快乐' } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('{生曰}');
    expect(await call<GreetingSettings>(app, 'greetings.settings', {})).toEqual(settings);
  });

  it('lists the festivals and own occasions coming within the lead days', async () => {
    await book();
    const settings = await call<GreetingSettings>(app, 'greetings.settings', {});
    await call(app, 'greetings.setSettings', {
      ...settings,
      leadDays: 40,
      own: [{ id: '01a193b0-5bb4-7411-82f2-0a57bbb1962d', name: '店庆', calendar: 'solar', month: 12, day: 8 }],
    });
    const { items } = await call<{ items: { label: string; on: string; inDays: number }[] }>(app, 'greetings.upcoming', {});
    // From 2026-11-24: the shop's anniversary, Christmas, New Year.
    expect(items.map((i) => [i.label, i.on, i.inDays])).toEqual([
      ['店庆 2026', '2026-12-08', 14],
      ['圣诞节 2026', '2026-12-25', 31],
      ['元旦 2027', '2027-01-01', 38],
    ]);
  });

  it('measures who came back within 30 days, greeted against the batch’s others, counted by hand', async () => {
    const { wang, li, zhao } = await book();
    const drafts = await call<Drafts>(app, 'greetings.drafts', {
      occasion: midAutumn,
      audience: { customerIds: [wang.id, li.id, zhao.id] },
    });
    await call(app, 'greetings.record', { batchId: drafts.batchId, customerId: wang.id, outcome: 'sent', text: '中秋快乐' });
    await call(app, 'greetings.record', { batchId: drafts.batchId, customerId: li.id, outcome: 'sent', text: '中秋快乐' });
    await call(app, 'greetings.record', { batchId: drafts.batchId, customerId: zhao.id, outcome: 'skipped' });
    app.clock.advance(5 * 86_400_000);
    await call(app, 'entries.add', { customerId: wang.id, kind: 'visit', text: '来看新款' });
    await call(app, 'entries.add', { customerId: zhao.id, kind: 'purchase', text: '', lines: [{ item: '围巾' }] });
    app.clock.advance(40 * 86_400_000);
    // A visit after the 30 days does not count.
    await call(app, 'entries.add', { customerId: li.id, kind: 'visit', text: '路过' });
    const { items } = await call<{ items: unknown[] }>(app, 'greetings.outcomes', {});
    expect(items).toEqual([
      {
        batchId: drafts.batchId,
        label: '中秋节 2027',
        onDay: '2027-09-15',
        greeted: 2,
        greetedBack: 1,
        others: 1,
        othersBack: 1,
        complete: true,
      },
    ]);
  });
});

describe('the shop’s own days', () => {
  it('refuses a day no month has, and keeps 29 February on the 28th in a common year', async () => {
    app = await createTestApp('zh-CN');
    const settings = await call<GreetingSettings>(app, 'greetings.settings', {});
    const id = '01a193b0-5bb4-7411-82f2-0a57bbb1962d';
    const refused = await app.dispatch('greetings.setSettings', {
      ...settings,
      own: [{ id, name: '店庆', calendar: 'solar', month: 2, day: 30 }],
    });
    expect(refused.ok).toBe(false);
    await call(app, 'greetings.setSettings', {
      ...settings,
      leadDays: 60,
      own: [{ id, name: '店庆', calendar: 'solar', month: 2, day: 29 }],
    });
    app.clock.set('2027-01-20T09:00:00.000Z');
    const { items } = await call<{ items: { label: string; on: string }[] }>(app, 'greetings.upcoming', {});
    expect(items.find((i) => i.label === '店庆 2027')?.on).toBe('2027-02-28');
  });
});
