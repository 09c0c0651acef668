import { sql } from 'kysely';
import type { Db } from '../electron/db/database';
import { refreshValues } from '../electron/domains/value/value.service';
import { deleteSetting } from '../electron/domains/settings/settings.repository';
import { addDays } from '../shared/domain/calendar-date';
import { previousRefreshValues } from './previous/value-pass';
import { rolledBack } from './rolled-back';

export interface ValuePassFigures {
  /** The daily pass: before (every customer, every day) and now (catching up from yesterday). */
  previousDailyMs: number;
  catchUpMs: number;
  /** Now, over the whole book (rules changed, an import): the cheaper full pass. */
  wholeBookMs: number;
  /** The first pass ever, with six month ends of tier history: before and now. */
  previousFirstMs: number;
  firstMs: number;
  /** Customers marked as written about before the catch-up, and whether it left what a whole-book pass leaves. */
  writtenAbout: number;
  same: boolean;
}

const ms = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const valueRows = async (db: Db) =>
  (await sql<Record<string, unknown>>`SELECT * FROM customer_value ORDER BY customer_id`.execute(db)).rows;

/** Customers a day at the counter writes about, as a share of the book (an entry or a purchase each). */
const writtenShare = 0.01;

/**
 * Times the value pass on a book, every write rolled back afterwards: the previous daily pass
 * beside today's catch-up from yesterday (after `writtenShare` of the customers were written
 * about), the whole-book pass, and the first-ever pass with its six month ends, before and now.
 */
export async function valuePassFigures(db: Db, today: string): Promise<ValuePassFigures> {
  const yesterday = addDays(today, -1);
  const first = await rolledBack(db, async (trx) => {
    await sql`DELETE FROM tier_history`.execute(trx);
    const previousFirstMs = await ms(() => previousRefreshValues(trx, today));
    await sql`DELETE FROM tier_history`.execute(trx);
    const firstMs = await ms(() => refreshValues(trx, today));
    return { previousFirstMs, firstMs };
  });
  const daily = await rolledBack(db, async (trx) => {
    const previousDailyMs = await ms(() => previousRefreshValues(trx, today));
    await deleteSetting(trx, 'value.rulesUsed');
    const wholeBookMs = await ms(() => refreshValues(trx, today));
    await refreshValues(trx, yesterday);
    await sql`INSERT INTO value_changes (customer_id)
      SELECT id FROM customers WHERE abs(random()) % 10000 < ${Math.round(writtenShare * 10_000)}`.execute(trx);
    const marked = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM value_changes`.execute(trx)).rows[0]?.n ?? 0);
    let how = '';
    const catchUpMs = await ms(async () => {
      how = await refreshValues(trx, today);
    });
    if (how !== 'caught up') throw new Error(`the daily pass did not catch up (${how})`);
    const caughtUp = await valueRows(trx);
    const writtenAbout = marked;
    await deleteSetting(trx, 'value.rulesUsed');
    await refreshValues(trx, today);
    const same = JSON.stringify(caughtUp) === JSON.stringify(await valueRows(trx));
    return { previousDailyMs, wholeBookMs, catchUpMs, writtenAbout, same };
  });
  return { ...first, ...daily };
}

const s = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;

export async function valuePassBench(db: Db, today: string): Promise<ValuePassFigures> {
  const f = await valuePassFigures(db, today);
  console.log('\nDaily value pass (tiers, stages, types for every customer), in one transaction, rolled back after:');
  console.log(
    `  daily: ${s(f.catchUpMs)} catching up from yesterday with ${f.writtenAbout} customers written about (previous: ${s(f.previousDailyMs)} relabelling everyone; target ≤ 3 s); same rows as a whole-book pass: ${f.same ? 'yes' : 'NO'}`,
  );
  console.log(`  whole book (rules changed, after an import): ${s(f.wholeBookMs)} (previous ${s(f.previousDailyMs)})`);
  console.log(`  first ever, with six month ends of tier history: ${s(f.firstMs)} (previous ${s(f.previousFirstMs)})`);
  return f;
}
