import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ServiceContext } from '../electron/api/context';
import { recall } from '../electron/domains/recall/recall.service';
import { lookup } from '../electron/domains/search/lookup.service';
import { percentile } from './percentile';
import { fmt, time } from './timing';

const sample = (sqlite: BetterSqlite3.Database, withCard: boolean) =>
  sqlite
    .prepare(
      `SELECT id FROM customers c WHERE ${withCard ? '' : 'NOT '}EXISTS (SELECT 1 FROM member_cards m WHERE m.customer_id = c.id)
       ORDER BY random() LIMIT 200`,
    )
    .pluck()
    .all()
    .map(String);

/**
 * The counter on a book whose cards hold the bench's ledger (run after cardInsightsBench wrote it):
 * the recall card of 200 card holders beside 200 customers without a card, and the lookup's query
 * mix (each query warmed once, as before the ledger) beside its p95 measured before the ledger was
 * written, in the same run.
 */
export async function cardCounterBench(sqlite: BetterSqlite3.Database, ctx: ServiceContext, queries: string[], lookupP95Before: number) {
  const lines = (sqlite.prepare('SELECT count(*) AS n FROM card_movements').get() as { n: number }).n;
  const recallOf = async (ids: string[]) => {
    const times: number[] = [];
    for (const customerId of ids) times.push(await time(() => recall(ctx, { customerId })));
    return times;
  };
  const holders = await recallOf(sample(sqlite, true));
  const others = await recallOf(sample(sqlite, false));
  const looked: number[] = [];
  // Each query once first, as the core lookup's bench does: writing the ledger just before has
  // pushed the lookup's pages out of the cache, and a first read from disk is not what a card costs.
  for (const query of queries) await lookup(ctx, { query, limit: 10 });
  for (let round = 0; round < 5; round += 1) for (const query of queries) looked.push(await time(() => lookup(ctx, { query, limit: 10 })));
  const line = (times: number[]) => `p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms`;
  console.log(`\nThe counter with ${lines} card ledger lines in the book:`);
  const beside = others.length === 0 ? 'every customer of this book holds a card' : `customers without a card: ${line(others)}`;
  console.log(`  recall card, card holders       ${line(holders)} (${beside})`);
  console.log(
    `  lookup, the same query mix      ${line(looked)} (before the ledger was written: p95 ${fmt(lookupP95Before)} ms; target ≤ 1.5 ms)`,
  );
}
