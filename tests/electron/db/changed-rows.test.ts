import { sql } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onChangedRows, type ChangedRow } from '../../../electron/db/changed-rows';
import { inTransaction } from '../../../electron/db/in-transaction';
import { call, createTestApp, type TestApp } from '../../helpers/create-test-db';

let app: TestApp;
/** What each commit reported, in order. */
let commits: ChangedRow[][];
let stop: () => void;

beforeEach(async () => {
  app = await createTestApp('en');
  commits = [];
  stop = onChangedRows(app.sqlite, (rows) => commits.push([...rows]));
});
afterEach(async () => {
  stop();
  await app.close();
});

/** Every row of the book's own tables, by table and key, as its JSON. */
function snapshot(sqlite: BetterSqlite3.Database): Map<string, string> {
  const rows = new Map<string, string>();
  const tables = (sqlite.pragma('table_list') as { schema: string; name: string; type: string }[]).filter(
    (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !t.name.startsWith('kysely_'),
  );
  for (const { name } of tables) {
    const pk = (sqlite.pragma(`table_info("${name}")`) as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk);
    const keyOf = (row: Record<string, unknown>) =>
      pk.length === 0 ? String(row.rowid) : pk.length === 1 ? String(row[pk[0]?.name ?? '']) : JSON.stringify(pk.map((c) => row[c.name]));
    const select = pk.length === 0 ? `SELECT rowid, * FROM "${name}"` : `SELECT * FROM "${name}"`;
    for (const row of sqlite.prepare(select).all() as Record<string, unknown>[]) rows.set(`${name} ${keyOf(row)}`, JSON.stringify(row));
  }
  return rows;
}

/** Runs `write` and checks that what was reported is exactly what changed in the book. */
async function expectReportedExactly(write: () => Promise<unknown>): Promise<ChangedRow[]> {
  const before = snapshot(app.sqlite);
  commits = [];
  await write();
  const after = snapshot(app.sqlite);
  const reported = commits.flat();
  const id = (r: ChangedRow) => `${r.table} ${String(r.key)}`;
  const of = (change: ChangedRow['change']) => new Set(reported.filter((r) => r.change === change).map(id));
  expect(of('insert')).toEqual(new Set([...after.keys()].filter((k) => !before.has(k))));
  expect(of('delete')).toEqual(new Set([...before.keys()].filter((k) => !after.has(k))));
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k));
  // An update may rewrite a row with what it held (still a write); every row that differs is among them.
  for (const key of changed) expect(of('update'), key).toContain(key);
  for (const key of of('update')) expect(before.has(key) && after.has(key), key).toBe(true);
  return reported;
}

describe('the rows a transaction changed', () => {
  it('are reported for a call through the dispatcher, exactly: the customer, their search keys and what else it wrote', async () => {
    const reported = await expectReportedExactly(() =>
      call(app, 'customers.create', { name: '林小姐', phones: [{ number: '13812345678' }] }),
    );
    expect(reported.some((r) => r.table === 'customers' && r.change === 'insert')).toBe(true);
    expect(commits).toHaveLength(1);
  });

  it('are reported once each for a nested, many-row write (a merge), and exactly', async () => {
    const a = await call<{ id: string }>(app, 'customers.create', { name: '王先生', phones: [{ number: '13900001111' }] });
    const b = await call<{ id: string }>(app, 'customers.create', { name: '王先生', allowDuplicate: true });
    for (const customerId of [a.id, b.id]) await call(app, 'entries.add', { customerId, kind: 'note', text: '喜欢绿茶' });
    const reported = await expectReportedExactly(() => call(app, 'customers.merge', { survivorId: a.id, otherId: b.id, dryRun: false }));
    const ids = reported.map((r) => `${r.table} ${String(r.key)}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reported).toContainEqual({ table: 'customers', key: a.id, change: 'update' });
    expect(reported).toContainEqual({ table: 'customers', key: b.id, change: 'delete' });
  });

  it('are not reported for a refused write, nor for one its transaction rolled back', async () => {
    expect((await app.dispatch('entries.add', { customerId: 'no-such-customer', kind: 'note', text: 'x' })).ok).toBe(false);
    expect((await app.dispatch('customers.create', { name: '' })).ok).toBe(false);
    await expect(
      inTransaction(app.ctx.db, async (trx) => {
        await sql`INSERT INTO settings (key, value) VALUES ('test.rolledBack', '1')`.execute(trx);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(commits).toEqual([]);
    // And the notes went with the rollback: the next write reports only itself.
    await sql`INSERT INTO settings (key, value) VALUES ('test.kept', '1')`.execute(app.ctx.db);
    expect(commits).toEqual([[{ table: 'settings', key: 'test.kept', change: 'insert' }]]);
  });

  it('say each row once by what it is at the end: made, changed or gone, and nothing for a row made and removed', async () => {
    await sql`INSERT INTO settings (key, value) VALUES ('test.old', '1')`.execute(app.ctx.db);
    commits = [];
    await inTransaction(app.ctx.db, async (trx) => {
      await sql`INSERT INTO settings (key, value) VALUES ('test.new', '1')`.execute(trx);
      await inTransaction(trx, async (inner) => {
        await sql`UPDATE settings SET value = '2' WHERE key = 'test.new'`.execute(inner);
        await sql`UPDATE settings SET value = '2' WHERE key = 'test.old'`.execute(inner);
        await sql`INSERT INTO settings (key, value) VALUES ('test.brief', '1')`.execute(inner);
      });
      await sql`DELETE FROM settings WHERE key IN ('test.brief', 'test.old')`.execute(trx);
    });
    expect(commits).toHaveLength(1);
    expect(new Set(commits[0])).toEqual(
      new Set([
        { table: 'settings', key: 'test.new', change: 'insert' },
        { table: 'settings', key: 'test.old', change: 'delete' },
      ]),
    );
  });

  it('hand the rows on inside the transaction: a listener that fails stops the commit', async () => {
    const refuse = onChangedRows(app.sqlite, () => {
      throw new Error('the outbox is full');
    });
    await expect(call(app, 'customers.create', { name: '不该留下' })).rejects.toThrow();
    refuse();
    expect(app.sqlite.prepare("SELECT count(*) AS n FROM customers WHERE name = '不该留下'").get()).toEqual({ n: 0 });
  });
});

describe('a book nobody listens to', () => {
  it('has no triggers noting its writes until the first listener registers (imports pay nothing before replication)', async () => {
    const quiet = await createTestApp('en');
    try {
      const triggers = () =>
        quiet.sqlite.prepare("SELECT count(*) AS n FROM sqlite_temp_master WHERE type = 'trigger'").get() as { n: number };
      await call(quiet, 'customers.create', { name: '没人听' });
      expect(triggers().n).toBe(0);
      const seen: ChangedRow[][] = [];
      const off = onChangedRows(quiet.sqlite, (rows) => seen.push([...rows]));
      expect(triggers().n).toBeGreaterThan(0);
      await call(quiet, 'customers.create', { name: '有人听' });
      expect(seen.flat().some((r) => r.table === 'customers' && r.change === 'insert')).toBe(true);
      off();
    } finally {
      await quiet.close();
    }
  });
});
