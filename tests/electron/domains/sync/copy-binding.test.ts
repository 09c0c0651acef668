import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import { BOOK_FILE_NAME } from '../../../../electron/db/open-book';
import type { StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { Pouch } from '../../../../electron/domains/sync/pouch';
import { bookText } from '../../../helpers/book-text';
import { closeReplica, runtimeOf } from '../../../../electron/domains/sync/sync-runtime';
import { hubWithCounters } from '../../../helpers/sync-counters';
import { chosen, must, tempDataDir, type SessionApp } from '../../../helpers/session-app';

const { hubUrl, counter } = hubWithCounters();
let run = 0;
const hubDb = () => hubUrl(`copy-${run}`);

type Status = CallOutput<'sync.status'>;
const names = async (app: SessionApp) =>
  (await must<{ items: { name: string }[] }>(app, 'customers.list', {})).items.map((c) => c.name).sort();
/** The book's replicated text, without the settings each device keeps for itself (its backups, its last restore, what it computed). */
const text = (app: SessionApp) =>
  bookText({ sqlite: app.session.openBook().sqlite })
    .split('\n')
    .filter((line) => !/"key":"(?!cards\.rules"|greetings\.settings")[^"]*\./.test(line))
    .join('\n');
const join = (app: SessionApp, deviceName: string) => must<Status>(app, 'sync.join', { hub: hubDb(), deviceName });
const syncNow = (app: SessionApp) => must<Status>(app, 'sync.now');

/** A counter whose book replicates, with some history in its copy (so its checkpoint is well past a new copy's few changes). */
async function busyCounter(): Promise<{ app: SessionApp; ids: string[] }> {
  const app = await counter();
  const ids: string[] = [];
  for (let i = 0; i < 12; i += 1) ids.push((await must<{ id: string }>(app, 'customers.create', { name: `老客${i}` })).id);
  await join(app, '柜台 1');
  await syncNow(app);
  for (const [i, id] of ids.entries()) await must(app, 'customers.update', { id, patch: { about: `第二次 ${i}` } });
  await syncNow(app);
  return { app, ids };
}

/** The hub's live documents, by id. */
async function onHub(): Promise<Set<string>> {
  const db = new Pouch<StoredDocument>(hubDb());
  try {
    const all = await db.allDocs();
    return new Set(all.rows.flatMap((r) => ('id' in r && r.value.deleted !== true ? [r.id] : [])));
  } finally {
    await db.close();
  }
}

describe("a counter's copy is the book's own", () => {
  it('a book copied onto another computer syncs everything the hub holds (its checkpoint counted in another copy)', async () => {
    run += 1;
    const { app: a } = await busyCounter();
    const b = await counter();
    await join(b, '柜台 2');
    await syncNow(b);
    // The book file alone goes to a new computer, which has no copy beside it.
    await a.session.lock();
    const dir = tempDataDir();
    fs.copyFileSync(a.file, path.join(dir, BOOK_FILE_NAME));
    await must(b, 'customers.create', { name: '新来的' });
    await syncNow(b);
    const c = await counter(dir);
    expect(await syncNow(c)).toMatchObject({ inSync: true, lastError: null });
    expect(await names(c)).toContain('新来的');
    expect(text(c)).toBe(text(b));
    expect(await must(c, 'sync.conflicts')).toEqual({ items: [] });
  });

  it('a copy lost (its folder deleted) is made again from the hub: nothing skipped, nothing deleted comes back', async () => {
    run += 1;
    const { app: a, ids } = await busyCounter();
    const b = await counter();
    await join(b, '柜台 2');
    await syncNow(b);
    // The app is closed, and the copy's folder goes (a clean-up, a disk tool).
    await closeReplica(runtimeOf(a.ctx));
    await a.session.lock();
    fs.rmSync(`${a.file}.sync`, { recursive: true, force: true });
    await must(b, 'customers.create', { name: '新来的' });
    await must(b, 'customers.delete', { id: ids[0], confirmName: '老客0' });
    await syncNow(b);
    await a.session.start();
    expect(await syncNow(a)).toMatchObject({ inSync: true, lastError: null });
    await syncNow(b);
    expect(await names(a)).toContain('新来的');
    expect(await names(a)).not.toContain('老客0');
    expect(text(a)).toBe(text(b));
  });

  it('a backup of a joined book restored on a new computer takes what the hub holds, and its own unsent write goes out', async () => {
    run += 1;
    const { app: a, ids } = await busyCounter();
    // Written and backed up before it was sent.
    await must(a, 'customers.update', { id: ids[1], patch: { about: '备份里还没发出的' } });
    const backup = await must<{ file: string }>(a, 'backup.now');
    await syncNow(a);
    await must(a, 'customers.delete', { id: ids[2], confirmName: '老客2' });
    await must(a, 'customers.create', { name: '备份之后的' });
    await syncNow(a);
    await must(a, 'customers.update', { id: ids[1], patch: { about: '之后又改的' } });
    await syncNow(a);

    const c = await counter();
    await must(c, 'backup.restore', { chosen: chosen(c, backup.file) });
    expect(await syncNow(c)).toMatchObject({ lastError: null });
    await syncNow(a);
    await syncNow(c);
    expect(await names(c)).toContain('备份之后的');
    expect(await names(c)).not.toContain('老客2');
    expect(text(c)).toBe(text(a));
    // The backup's unsent write had gone out from the first counter after the backup, and was
    // changed again there since: merged field by field, the later change stands and nothing was lost.
    for (const app of [a, c]) expect((await must<{ about: string }>(app, 'customers.get', { id: ids[1] })).about).toBe('之后又改的');
    const conflicts = await must<CallOutput<'sync.conflicts'>>(a, 'sync.conflicts');
    expect(conflicts.items).toEqual([]);
  });

  it('a backup restored on the counter whose copy has gone on since brings back nothing deleted and skips nothing', async () => {
    run += 1;
    const { app: a, ids } = await busyCounter();
    const b = await counter();
    await join(b, '柜台 2');
    await syncNow(b);
    const backup = await must<{ file: string }>(a, 'backup.now');
    await must(b, 'customers.delete', { id: ids[3], confirmName: '老客3' });
    await must(b, 'customers.create', { name: '备份之后的' });
    await syncNow(b);
    await syncNow(a);
    await must(a, 'backup.restore', { chosen: chosen(a, backup.file) });
    expect(await names(a)).toContain('老客3');
    expect(await syncNow(a)).toMatchObject({ lastError: null, inSync: true });
    await syncNow(b);
    expect(await names(a)).toContain('备份之后的');
    expect(await names(a)).not.toContain('老客3');
    expect(text(a)).toBe(text(b));
    expect(await must(a, 'sync.conflicts')).toEqual({ items: [] });
  });

  it('leaving and joining the same hub again sends what was deleted meanwhile as a deletion', async () => {
    run += 1;
    const a = await counter();
    const b = await counter();
    const gone = await must<{ id: string }>(a, 'customers.create', { name: '走了的' });
    await must(a, 'customers.create', { name: '留下的' });
    for (const app of [a, b]) await join(app, app === a ? '柜台 1' : '柜台 2');
    for (const app of [a, b]) await syncNow(app);
    await must(a, 'sync.leave');
    await must(a, 'customers.delete', { id: gone.id, confirmName: '走了的' });
    await must(a, 'customers.create', { name: '不在时写的' });
    await join(a, '柜台 1');
    expect(await syncNow(a)).toMatchObject({ inSync: true, lastError: null });
    await syncNow(b);
    for (const app of [a, b]) expect(await names(app)).toEqual(['不在时写的', '留下的']);
    expect(await onHub()).not.toContain(`customer/${gone.id}`);
    expect(text(a)).toBe(text(b));
  });

  it('joining another hub after leaving makes the copy again: the old hub gets nothing', async () => {
    run += 1;
    const a = await counter();
    const gone = await must<{ id: string }>(a, 'customers.create', { name: '走了的' });
    await join(a, '柜台 1');
    await syncNow(a);
    await must(a, 'sync.leave');
    await must(a, 'customers.delete', { id: gone.id, confirmName: '走了的' });
    const first = hubDb();
    run += 1;
    await join(a, '柜台 1');
    expect(await syncNow(a)).toMatchObject({ inSync: true });
    const old = new Pouch<StoredDocument>(first);
    expect((await old.get(`customer/${gone.id}`))._deleted).toBeUndefined();
    await old.close();
    expect(await onHub()).not.toContain(`customer/${gone.id}`);
  });
});
