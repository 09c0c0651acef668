import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../electron/db/database';
import * as cards from '../electron/domains/insights/card-insights.service';
import { loadSettings } from '../electron/domains/settings/settings.service';
import { writeCardMovements } from './card-movements';
import { percentile } from './percentile';
import { fmt, time } from './timing';

/** Card holders in the bench book: ten ledger lines each, a million lines at the full 100,000. */
const holders = Number(process.env.SHUKE_BENCH_CARD_HOLDERS ?? '100000');

/**
 * Times each card insight (5 runs, median and worst) over the bench book, after writing its card
 * movements once (bench/card-movements.ts): every figure is a range of card_movements_purse_kind_at.
 */
export async function cardInsightsBench(sqlite: BetterSqlite3.Database, db: Db, today: string): Promise<void> {
  const started = performance.now();
  const lines = writeCardMovements(sqlite, holders, '2026-11-24T10:00:00.000Z');
  console.log(
    `\nCard insights over ${lines} ledger lines (target ≤ 200 ms each; lines written in ${fmt(performance.now() - started)} ms):`,
  );
  const { timeZone } = await loadSettings(db);
  const periods = cards.monthPeriods(today, timeZone);
  const each: [string, () => Promise<unknown>][] = [
    ['outstanding by month', () => cards.outstandingByMonth(db, periods)],
    ['top-ups and redemptions', () => cards.flowsByMonth(db, periods)],
    ['punch cards sold vs used', () => cards.punchesByMonth(db, periods)],
    ['the whole card insights call', () => cards.cardInsights(db, new Date())],
  ];
  for (const [name, run] of each) {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) times.push(await time(run));
    console.log(
      `  ${name.padEnd(30)} median ${fmt(percentile(times, 50)).padStart(5)} ms, worst ${fmt(Math.max(...times)).padStart(5)} ms`,
    );
  }
}
