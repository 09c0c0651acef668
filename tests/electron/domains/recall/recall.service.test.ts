import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Recall } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-TW');
});
afterEach(async () => {
  await app.close();
});

describe('recall', () => {
  it('knows nothing about a brand-new customer, and says so', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '陳美玲', gender: 'female', phones: [{ number: '0912-345-678' }] });
    expect(await call<Recall>(app, 'recall', { customerId: c.id })).toMatchObject({
      displayAddressAs: '陳小姐',
      phone: '0912-345-678',
      visitCount: 0,
      firstVisitAt: null,
      lastVisitAt: null,
      lastPurchase: null,
      likes: [],
      lastLine: null,
    });
  });

  it('brings back visits, the last purchase with its lines, likes and dislikes and the last diary line', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '王大明', gender: 'male' });
    const add = (input: object) => call(app, 'entries.add', { customerId: c.id, ...input });
    await add({ kind: 'visit', text: '第一次來，看看而已。', occurredAt: '2026-03-01T10:00:00Z' });
    await add({
      kind: 'purchase',
      text: '買了灰色的',
      lines: [{ item: '羊毛衫', colour: '灰', size: 'M', unitPriceMinor: 99000 }],
      occurredAt: '2026-06-01T10:00:00Z',
    });
    await add({
      kind: 'purchase',
      lines: [
        { item: '亞麻襯衫', colour: '藏青', size: 'L', unitPriceMinor: 120000 },
        { item: '絲巾', unitPriceMinor: 30000 },
      ],
      occurredAt: '2026-10-30T10:00:00Z',
    });
    await add({ kind: 'call', text: '打電話問M號到了沒。\n\n說下週再來。', occurredAt: '2026-11-02T10:00:00Z' });
    await add({ kind: 'note', text: '  ', lines: [], occurredAt: '2026-11-03T10:00:00Z' }).catch(() => undefined);
    await call(app, 'preferences.set', { customerId: c.id, polarity: 'like', category: 'colour', value: '藏青' });
    await call(app, 'preferences.set', { customerId: c.id, polarity: 'dislike', category: 'style', value: '緊身' });
    await call(app, 'preferences.set', { customerId: c.id, polarity: 'fact', value: '對羊毛過敏' });

    const r = await call<Recall>(app, 'recall', { customerId: c.id });
    expect(r).toMatchObject({
      displayAddressAs: '王先生',
      visitCount: 3,
      firstVisitAt: '2026-03-01T10:00:00.000Z',
      lastVisitAt: '2026-10-30T10:00:00.000Z',
      lastPurchase: { occurredAt: '2026-10-30T10:00:00.000Z', totalMinor: 150000, currency: 'CNY' },
      lastLine: { occurredAt: '2026-11-02T10:00:00.000Z', text: '說下週再來。' },
    });
    expect(r.lastPurchase?.lines.map((l) => `${l.item}/${l.colour ?? ''}/${l.size ?? ''}`)).toEqual(['亞麻襯衫/藏青/L', '絲巾//']);
    expect(r.likes.map((p) => p.value)).toEqual(['藏青']);
    expect(r.dislikes.map((p) => p.value)).toEqual(['緊身']);
    expect(r.facts.map((p) => p.value)).toEqual(['對羊毛過敏']);
  });

  it('forgets deleted entries', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: 'Anna' });
    const e = await call<{ id: string }>(app, 'entries.add', { customerId: c.id, kind: 'purchase', lines: [{ item: 'hat' }] });
    await call(app, 'entries.delete', { id: e.id });
    expect(await call<Recall>(app, 'recall', { customerId: c.id })).toMatchObject({ visitCount: 0, lastPurchase: null });
  });

  it('keeps a greeting out of the last diary line (it has its own), and says which greeting was last', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '陳美玲', gender: 'female' });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '想要一條圍巾。' });
    app.clock.advance(60_000);
    const batch = await call<{ batchId: string }>(app, 'greetings.drafts', {
      occasion: { kind: 'festival', festival: 'mid_autumn', year: 2027 },
      audience: { customerIds: [c.id] },
    });
    await call(app, 'greetings.record', {
      batchId: batch.batchId,
      customerId: c.id,
      outcome: 'sent',
      text: '陳小姐，中秋快樂！\n\n—— 小麗服裝',
    });
    const recall = await call<Recall>(app, 'recall', { customerId: c.id });
    expect(recall.lastLine?.text).toBe('想要一條圍巾。');
    expect(recall.lastGreeting?.label).toBe('中秋節 2027');
  });
});
