import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../shared/contract';
import type { ServiceContext } from '../electron/api/context';
import { listCustomers } from '../electron/domains/customers/customers.service';
import { queryPlans } from './query-plans';
import { percentile } from './percentile';

type ListInput = ParsedInput<'customers.list'>;

function page(filter: ListInput['filter'], sort: ListInput['sort'] = 'recent', more: Partial<ListInput> = {}): ListInput {
  return { query: '', includeArchived: false, limit: 100, offset: 0, filter, sort, ...more };
}

// Every sort and filter the customer list offers, as it asks for them: 100 rows at a time.
const pages: [string, ListInput][] = [
  ['recent', page({})],
  ['by name', page({}, 'name')],
  ['by name, page 500', page({}, 'name', { offset: 50_000 })],
  ['by spend', page({}, 'spend')],
  ['by visits', page({}, 'visits')],
  ['tier VIP', page({ tiers: ['vip'] })],
  ['at risk, by spend', page({ tiers: ['at_risk'] }, 'spend')],
  ['stage growth', page({ stages: ['growth'] })],
  ['spent ≥ 1,000', page({ minSpend: 100_000 })],
  ['seen within 30 days', page({ seenWithinDays: 30 })],
  ['not seen for 180 days', page({ notSeenForDays: 180 })],
  ['tag vip', page({ tag: 'vip' })],
  ['birthday in March', page({ birthdayMonth: 3 })],
  ['text 王', page({}, 'recent', { query: '王' })],
];

/** p50/p95 of a page of the customer list for each sort and filter, and what its queries use. */
export async function listPagesBench(sqlite: BetterSqlite3.Database, ctx: ServiceContext): Promise<void> {
  console.log('\nA page of the customer list (100 rows, 20 runs; target p95 ≤ 50 ms) and what its queries use:');
  for (const [name, input] of pages) {
    await listCustomers(ctx, input);
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      await listCustomers(ctx, input);
      times.push(performance.now() - started);
    }
    const uses = await queryPlans(sqlite, (db) => listCustomers({ ...ctx, db }, input));
    const p50 = percentile(times, 50).toFixed(0).padStart(4);
    const p95 = percentile(times, 95).toFixed(0).padStart(4);
    console.log(`  ${name.padEnd(22)} p50 ${p50} ms, p95 ${p95} ms   ${uses}`);
  }
}
