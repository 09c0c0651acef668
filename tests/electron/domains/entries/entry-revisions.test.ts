import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
  app.clock.set('2026-11-24T02:00:00.000Z');
});
afterEach(async () => {
  await app.close();
});

interface Revisions {
  items: { text: string; kind: string; occurredAt: string; lines: { item: string; unitPriceMinor: number | null }[]; replacedAt: string }[];
}

describe('correcting a diary entry', () => {
  it('keeps what it said before, says it was edited, and keeps spend, the lookup and the trash right', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '王梓萱' });
    const entry = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'purchase',
      text: '买了围巾',
      occurredAt: '2026-11-20T04:00:00Z',
      lines: [{ item: '羊绒围巾', colour: '灰', unitPriceMinor: 68_000 }],
    });
    expect(entry.editedAt).toBeNull();

    app.clock.set('2026-11-24T03:00:00.000Z');
    const fixed = await call<Entry>(app, 'entries.update', {
      id: entry.id,
      patch: { text: '买了羊绒围巾，送给妈妈', lines: [{ item: '羊绒围巾', colour: '灰', unitPriceMinor: 58_000 }] },
    });
    expect(fixed).toMatchObject({ text: '买了羊绒围巾，送给妈妈', totalMinor: 58_000, editedAt: '2026-11-24T03:00:00.000Z' });
    const revisions = await call<Revisions>(app, 'entries.revisions', { id: entry.id });
    expect(revisions.items).toMatchObject([
      { text: '买了围巾', kind: 'purchase', occurredAt: '2026-11-20T04:00:00.000Z', lines: [{ item: '羊绒围巾', unitPriceMinor: 68_000 }] },
    ]);

    // Only a real change is a new version.
    await call(app, 'entries.update', { id: entry.id, patch: { text: '买了羊绒围巾，送给妈妈' } });
    expect((await call<Revisions>(app, 'entries.revisions', { id: entry.id })).items).toHaveLength(1);

    // The words found are the new ones; the timeline says it was edited.
    expect(await call(app, 'lookup', { query: '妈妈' })).toMatchObject({ hits: [{ name: '王梓萱' }] });
    const timeline = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: c.id });
    expect(timeline.items[0]?.editedAt).toBe('2026-11-24T03:00:00.000Z');
    const value = await call<{ spendInWindow: number } | null>(app, 'customers.value', { customerId: c.id });
    expect(value?.spendInWindow).toBe(58_000);
  });

  it('refuses a correction that would empty the entry, keeping it and its history as they were', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '李娜' });
    const entry = await call<Entry>(app, 'entries.add', { customerId: c.id, kind: 'note', text: '喜欢安静' });
    const refused = await app.dispatch('entries.update', { id: entry.id, patch: { text: '   ' } });
    expect(refused.ok).toBe(false);
    expect((await call<Revisions>(app, 'entries.revisions', { id: entry.id })).items).toEqual([]);
  });
});

describe('a complaint’s resolution', () => {
  it('cannot come before the complaint, in the shop’s days', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '赵敏' });
    const complaint = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'complaint',
      text: '拉链坏了',
      occurredAt: '2026-11-20T01:00:00Z',
    });
    const early = await app.dispatch('entries.update', {
      id: complaint.id,
      patch: { details: { remedy: '换了拉链', resolvedOn: '2026-11-19', followUpOn: null, satisfaction: null } },
    });
    expect(early).toMatchObject({ ok: false, error: { key: 'resolvedBeforeFiled', params: { filedOn: '2026-11-20' } } });
    const same = await app.dispatch('entries.update', {
      id: complaint.id,
      patch: { details: { remedy: '换了拉链', resolvedOn: '2026-11-20', followUpOn: null, satisfaction: null } },
    });
    expect(same.ok).toBe(true);
  });
});
