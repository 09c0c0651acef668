import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import { must, sessionApp, type SessionApp } from '../../../helpers/session-app';
import { startCouchHub } from '../../../helpers/couch-hub';
import { Pouch } from '../../../../electron/domains/sync/pouch';

let hub: Awaited<ReturnType<typeof startCouchHub>>;
beforeAll(async () => {
  hub = await startCouchHub();
});
afterAll(async () => {
  await hub.close();
});

let apps: SessionApp[] = [];
afterEach(async () => {
  for (const app of apps) {
    await must(app, 'sync.leave').catch(() => undefined);
    await app.session.lock();
    fs.rmSync(app.dir, { recursive: true, force: true });
  }
  apps = [];
});

let run = 0;
async function counter(): Promise<SessionApp> {
  const app = await sessionApp();
  apps.push(app);
  return app;
}

type Status = CallOutput<'sync.status'>;
const names = async (app: SessionApp, query: string) =>
  (await must<{ hits: { name: string }[] }>(app, 'lookup', { query, limit: 10 })).hits.map((h) => h.name).sort();

describe('the sync calls', () => {
  it('join a hub on this machine, send the book, and say "in sync" only once checked', async () => {
    run += 1;
    const a = await counter();
    await must(a, 'customers.create', { name: '王丽华', phones: [{ number: '13812345678' }] });
    const joined = await must<Status>(a, 'sync.join', { hub: hub.url(`calls-${run}`), deviceName: '柜台 1' });
    expect(joined).toMatchObject({ joined: true, deviceName: '柜台 1', plainHttp: true, hub: hub.url(`calls-${run}`) });
    const now = await must<Status>(a, 'sync.now');
    expect(now).toMatchObject({ inSync: true, waiting: 0, differing: 0, lastError: null, running: false });
    expect(now.lastSyncedAt).not.toBeNull();

    const b = await counter();
    await must(b, 'sync.join', { hub: hub.url(`calls-${run}`), deviceName: '王店长的电脑' });
    expect(await must<Status>(b, 'sync.now')).toMatchObject({ inSync: true });
    expect(await names(b, '王丽华')).toEqual(['王丽华']);
    // A write after joining is noted and sent, also after the book was closed and opened again.
    await b.session.lock();
    await b.session.start();
    await must(b, 'customers.create', { name: '陈美玲' });
    expect(await must<Status>(b, 'sync.status')).toMatchObject({ waiting: 1 });
    await must(b, 'sync.now');
    await must(a, 'sync.now');
    expect(await names(a, 'cml')).toEqual(['陈美玲']);
  });

  it('refuse a plain-HTTP hub beyond the shop, and a hub out of reach, changing nothing', async () => {
    const a = await counter();
    const refused = await a.dispatch('sync.join', { hub: 'http://hub.example.com:5984/shop', deviceName: '柜台 1' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'syncHubNeedsTls', params: { host: 'hub.example.com:5984' } } });
    const gone = await a.dispatch('sync.join', { hub: 'http://127.0.0.1:9/shop', deviceName: '柜台 1' });
    expect(gone).toMatchObject({ ok: false, error: { key: 'syncHubUnreachable' } });
    expect(await must<Status>(a, 'sync.status')).toMatchObject({ joined: false, waiting: 0 });
    expect(await a.dispatch('sync.now', {})).toMatchObject({ ok: false, error: { key: 'syncNotJoined' } });
  });

  it('show a conflict on both counters and settle it from either', async () => {
    run += 1;
    const a = await counter();
    const b = await counter();
    const li = await must<{ id: string }>(a, 'customers.create', { name: '李四' });
    for (const app of [a, b])
      await must(app, 'sync.join', { hub: hub.url(`conflict-${run}`), deviceName: app === a ? '柜台 1' : '柜台 2' });
    for (const app of [a, b, a]) await must(app, 'sync.now');
    await must(a, 'customers.update', { id: li.id, patch: { about: '柜台一写的' } });
    await must(b, 'customers.update', { id: li.id, patch: { about: '柜台二写的' } });
    // The counter that merges records the value that lost; the record reaches the other a round later.
    for (const app of [a, b, a, b, a]) await must(app, 'sync.now');
    const seen = await must<CallOutput<'sync.conflicts'>>(a, 'sync.conflicts');
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]).toMatchObject({ kind: 'customer', customerId: li.id, customerName: '李四', otherDeleted: false });
    expect(seen.items[0]?.fields.map((f) => f.field)).toEqual(['about']);
    const other = seen.items[0]?.fields[0]?.other;
    expect(await must<Status>(a, 'sync.status')).toMatchObject({ openConflicts: 1 });
    expect(await must(b, 'sync.settle', { id: seen.items[0]?.id, choice: 'took_other' })).toEqual({ items: [] });
    for (const app of [b, a]) await must(app, 'sync.now');
    expect(await must(a, 'sync.conflicts')).toEqual({ items: [] });
    expect((await must<{ about: string }>(a, 'customers.get', { id: li.id })).about).toBe(other);
    expect(await a.dispatch('sync.settle', { id: seen.items[0]?.id, choice: 'kept' })).toMatchObject({
      ok: false,
      error: { key: 'syncConflictGone' },
    });
  });

  it('leave the hub keeping the whole book, and stop noting writes', async () => {
    run += 1;
    const a = await counter();
    await must(a, 'customers.create', { name: '留下的' });
    await must(a, 'sync.join', { hub: hub.url(`leave-${run}`), deviceName: '柜台 1' });
    await must(a, 'sync.now');
    expect(await must<Status>(a, 'sync.leave')).toMatchObject({ joined: false, hub: null });
    await must(a, 'customers.create', { name: '之后写的' });
    expect(await must<Status>(a, 'sync.status')).toMatchObject({ joined: false, waiting: 0 });
    expect(await names(a, '的')).toEqual(['之后写的', '留下的']);
    // The copy stays beside the book, for joining the same hub again (what was deleted meanwhile goes out).
    expect(fs.existsSync(`${a.file}.sync`)).toBe(true);
  });
});

describe('changing the hub', () => {
  it('is refused unless confirmed, changing nothing; confirmed, the new hub gets the book and not what else the old one held', async () => {
    run += 1;
    const [before, after] = [hub.url(`old-${run}`), hub.url(`new-${run}`)];
    const a = await counter();
    await must(a, 'customers.create', { name: '王丽华' });
    await must(a, 'sync.join', { hub: before, deviceName: '柜台 1' });
    // On the old hub, something that is not this book's: this counter's copy holds it, and must not carry it on.
    await new Pouch<{ note: string }>(before).bulkDocs([{ _id: 'elsewhere/1', note: 'another book' }]);
    expect((await new Pouch(before).allDocs()).rows.map((r) => r.key)).toContain('elsewhere/1');
    await must(a, 'sync.now');

    const refused = await a.dispatch('sync.join', { hub: after, deviceName: '柜台 1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'syncHubChangeUnconfirmed', params: { hub: before } } });
    expect(await must<Status>(a, 'sync.status')).toMatchObject({ hub: before, deviceName: '柜台 1' });
    expect((await new Pouch(after).info()).doc_count).toBe(0);
    // The same hub again (another name for this counter) asks nothing.
    expect(await must<Status>(a, 'sync.join', { hub: `${before}/`, deviceName: '前台' })).toMatchObject({
      hub: before,
      deviceName: '前台',
    });

    expect(await must<Status>(a, 'sync.join', { hub: after, deviceName: '前台', replaceHub: true })).toMatchObject({
      joined: true,
      hub: after,
    });
    await must(a, 'customers.create', { name: '陈美玲' });
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ inSync: true, lastError: null });
    const onNew = (await new Pouch(after).allDocs()).rows.map((r) => r.key);
    expect(onNew.filter((id) => id.startsWith('customer/'))).toHaveLength(2);
    expect(onNew).not.toContain('elsewhere/1');
    expect((await new Pouch(before).allDocs()).rows.filter((r) => r.key.startsWith('customer/'))).toHaveLength(1);
    expect(await names(a, 'w')).toEqual(['王丽华']);

    const b = await counter();
    await must(b, 'sync.join', { hub: after, deviceName: '柜台 2' });
    await must(b, 'sync.now');
    expect(await names(b, 'cml')).toEqual(['陈美玲']);
  });
});
