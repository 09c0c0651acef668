import { describe, expect, it } from 'vitest';
import type { CustomerSummary, Recall } from '../../../../shared/contract';
import { writeDemoBook } from '../../../../electron/cli/demo/write-demo-book';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

const now = new Date('2026-11-24T10:00:00Z');

/** The book's own rows, without the migration log (it records when the test ran). */
function bookRows(app: TestApp) {
  const { kysely_migration: _log, kysely_migration_lock: _lock, ...rows } = dumpRows(app.sqlite);
  return rows;
}

describe('demo data', () => {
  it('is deterministic for a seed and date', async () => {
    const a = await createTestApp();
    const b = await createTestApp();
    await writeDemoBook(a.ctx.db, { customers: 50, seed: 42, now });
    await writeDemoBook(b.ctx.db, { customers: 50, seed: 42, now });
    expect(bookRows(a)).toEqual(bookRows(b));
    expect(bookRows(a).entries?.length).toBeGreaterThan(100);
    const c = await createTestApp();
    await writeDemoBook(c.ctx.db, { customers: 50, seed: 43, now });
    expect(bookRows(c)).not.toEqual(bookRows(a));
  });

  it('writes a realistic book that reads back through the contract', async () => {
    const app = await createTestApp();
    const progress: number[] = [];
    const result = await writeDemoBook(app.ctx.db, { customers: 1200, seed: 7, now, onProgress: (done) => progress.push(done) });
    expect(result.entries).toBeGreaterThan(1200 * 5);
    expect(progress).toEqual([1000, 1200]);
    const list = await call<{ items: CustomerSummary[]; total: number }>(app, 'customers.list', { limit: 500 });
    expect(list.total).toBe(1200);
    expect(list.items.some((c) => /^[\u4e00-\u9fff]+$/.test(c.name))).toBe(true);
    expect(list.items.some((c) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(c.name))).toBe(true);
    expect(list.items.some((c) => /[陳張劉黃鄭謝蘇蕭羅賴莊呂葉]/.test(c.name))).toBe(true);
    for (const c of list.items.slice(0, 30)) {
      const recall = await call<Recall>(app, 'recall', { customerId: c.id });
      expect(recall.lastVisitAt).toBe(c.lastVisitAt);
      for (const at of [recall.firstVisitAt, recall.lastVisitAt]) {
        if (at !== null) expect(Date.parse(at)).toBeLessThanOrEqual(now.getTime());
      }
    }
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Some complaints (most resolved) and some referrals, so insights have something to show.
    const complaints = app.sqlite
      .prepare(
        "SELECT count(*) AS n, count(d.resolved_on) AS resolved FROM entries e JOIN entry_details d ON d.entry_id = e.id WHERE e.kind = 'complaint'",
      )
      .get() as { n: number; resolved: number };
    expect(complaints.n).toBeGreaterThan(20);
    expect(complaints.resolved).toBeGreaterThan(complaints.n / 2);
    expect(
      (app.sqlite.prepare('SELECT count(*) AS n FROM customers WHERE referred_by IS NOT NULL').get() as { n: number }).n,
    ).toBeGreaterThan(40);
  });

  it('fills every section of the morning list: dates coming up, key people, promises and follow-ups due', async () => {
    const app = await createTestApp();
    app.clock.set(now.toISOString());
    await writeDemoBook(app.ctx.db, { customers: 400, seed: 7, now });
    const today = await call<{ dates: unknown[]; promises: unknown[]; followUps: unknown[]; openComplaints: unknown[] }>(app, 'today', {});
    expect(today.dates.length).toBeGreaterThan(0);
    expect(today.promises.length).toBeGreaterThan(0);
    expect(today.followUps.length).toBeGreaterThan(0);
    expect(app.sqlite.prepare('SELECT count(*) FROM key_people').pluck().get()).toBeGreaterThan(0);
    expect(app.sqlite.prepare("SELECT count(*) FROM important_dates WHERE calendar = 'lunar'").pluck().get()).toBeGreaterThan(0);
    expect(app.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuses a book that already has customers', async () => {
    const app = await createTestApp();
    await call(app, 'customers.create', { name: '真客户' });
    await expect(writeDemoBook(app.ctx.db, { customers: 10, seed: 1, now })).rejects.toThrow(/empty book only/);
  });
});
