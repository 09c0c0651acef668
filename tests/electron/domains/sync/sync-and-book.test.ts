import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import type { StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { Pouch } from '../../../../electron/domains/sync/pouch';
import { runRound, runtimeOf } from '../../../../electron/domains/sync/sync-runtime';
import { hubWithCounters } from '../../../helpers/sync-counters';
import { chosen, must, type SessionApp } from '../../../helpers/session-app';

const { hubUrl, counter } = hubWithCounters();
let run = 0;
const hubDb = () => hubUrl(`book-${run}`);
type Status = CallOutput<'sync.status'>;

async function joinedCounter(customers: number): Promise<SessionApp> {
  const app = await counter();
  for (let i = 0; i < customers; i += 1) await must(app, 'customers.create', { name: `客人${i}` });
  await must(app, 'sync.join', { hub: hubDb(), deviceName: '柜台 1' });
  await runtimeOf(app.ctx).running;
  return app;
}

async function hubIds(): Promise<string[]> {
  const db = new Pouch<StoredDocument>(hubDb());
  try {
    return (await db.allDocs()).rows.flatMap((r) => ('id' in r && r.value.deleted !== true ? [r.id] : []));
  } finally {
    await db.close();
  }
}

describe('protection is not switched while the book syncs', () => {
  it('is refused while joined, changing nothing; after leaving it switches, the old copy goes, and a new hub gets only ciphertext', async () => {
    run += 1;
    const a = await joinedCounter(2);
    const refused = await a.dispatch('protection.enable', { passcode: 'counter-42', understood: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'protectionWhileSyncing' } });
    expect(await must(a, 'protection.status')).toMatchObject({ protected: false });
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ inSync: true, lastError: null });

    await must(a, 'sync.leave');
    expect(fs.existsSync(`${a.file}.sync`)).toBe(true);
    await must(a, 'protection.enable', { passcode: 'counter-42', understood: true });
    // The copy kept for joining again held the book in the clear.
    expect(fs.existsSync(`${a.file}.sync`)).toBe(false);
    run += 1;
    await must(a, 'sync.join', { hub: hubDb(), deviceName: '柜台 1' });
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ inSync: true, lastError: null });
    const ids = await hubIds();
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.every((id) => id.startsWith('s/'))).toBe(true);
    // Turning it off while joined is refused the same way.
    const off = await a.dispatch('protection.disable', { secret: 'counter-42' });
    expect(off).toMatchObject({ ok: false, error: { key: 'protectionWhileSyncing' } });
    expect(await must(a, 'protection.status')).toMatchObject({ protected: true });
  });
});

describe('a round under way when the book closes', () => {
  it('stops at a safe point before a lock closes the book, without failing, and the next round finishes', async () => {
    run += 1;
    const a = await joinedCounter(0);
    for (let i = 0; i < 120; i += 1) await must(a, 'customers.create', { name: `锁前${i}` });
    const round = runRound(a.ctx);
    await a.session.lock();
    await round;
    expect(runtimeOf(a.ctx).lastError).toBeNull();
    await a.session.start();
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ inSync: true, waiting: 0, lastError: null });
    expect((await hubIds()).filter((id) => id.startsWith('customer/'))).toHaveLength(120);
  });

  it('is stopped and waited for by a restore, which then restores', async () => {
    run += 1;
    const a = await joinedCounter(3);
    await must(a, 'sync.now');
    const backup = await must<{ file: string }>(a, 'backup.now');
    for (let i = 0; i < 120; i += 1) await must(a, 'customers.create', { name: `恢复前${i}` });
    const round = runRound(a.ctx);
    const restored = await a.dispatch('backup.restore', { chosen: chosen(a, backup.file) });
    await round;
    expect(restored).toMatchObject({ ok: true });
    expect(runtimeOf(a.ctx).lastError).toBeNull();
    // The restored book takes what the hub holds: what reached it before the restore comes back.
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ lastError: null, inSync: true });
    const list = await must<{ items: unknown[] }>(a, 'customers.list', { limit: 500 });
    expect(list.items.length).toBe((await hubIds()).filter((id) => id.startsWith('customer/')).length);
  });
});

describe('a plain book that a restore makes protected', () => {
  it('loses the copy that held it in the clear', async () => {
    run += 1;
    const a = await joinedCounter(2);
    expect(fs.existsSync(`${a.file}.sync`)).toBe(true);
    const other = await counter();
    await must(other, 'customers.create', { name: '另一本' });
    const { recoveryCode } = await must<{ recoveryCode: string }>(other, 'protection.enable', { passcode: 'counter-42', understood: true });
    const backup = await must<{ file: string }>(other, 'backup.now');
    await must(a, 'backup.restore', { chosen: chosen(a, backup.file), secret: recoveryCode });
    expect(await must(a, 'protection.status')).toMatchObject({ protected: true });
    expect(fs.existsSync(`${a.file}.sync`)).toBe(false);
  });
});
