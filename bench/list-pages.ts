import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../shared/contract';
import type { ServiceContext } from '../electron/api/context';
import { toSummaries } from '../electron/domains/customers/customer-view';
import { listCustomers, listQueryOf } from '../electron/domains/diary/customers.service';
import { previousListCustomers } from './previous-list.repository';
import { queryPlans } from './query-plans';
import { percentile } from './percentile';

type ListInput = ParsedInput<'customers.list'>;

function page(filter: ListInput['filter'], sort: ListInput['sort'] = 'recent', more: Partial<ListInput> = {}): ListInput {
  return { query: '', includeArchived: false, limit: 100, offset: 0, filter, sort, ...more };
}

// Every sort and filter the customer list offers, as it asks for them: 100 rows at a time.
export const pages: [string, ListInput][] = [
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
  ['my customers', page({ responsible: '小王' })],
  ['text 王', page({}, 'recent', { query: '王' })],
];

/** The list as it was read before 0010_list_filters, with the rest of the call as it is now. */
async function previousList(ctx: ServiceContext, input: ListInput) {
  const { rows, total } = await previousListCustomers(ctx.db, await listQueryOf(ctx, input));
  return { items: await toSummaries(ctx.db, rows, ctx.locale), total };
}

const ms = (times: number[], p: number) => percentile(times, p).toFixed(0).padStart(4);

/**
 * p50/p95 of a page of the customer list for each sort and filter, beside the previous query's
 * measured in the same runs (taken in turns, so both see the same load), and what each query of
 * the page uses.
 */
export async function listPagesBench(sqlite: BetterSqlite3.Database, ctx: ServiceContext): Promise<void> {
  console.log(
    '\nA page of the customer list (100 rows, 20 runs; target p95 ≤ 50 ms), beside the previous query, and what its queries use:',
  );
  for (const [name, input] of pages) {
    const now = await listCustomers(ctx, input);
    const before = await previousList(ctx, input);
    const same = now.total === before.total && now.items.map((c) => c.id).join() === before.items.map((c) => c.id).join();
    const times: number[] = [];
    const previous: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      let started = performance.now();
      await listCustomers(ctx, input);
      times.push(performance.now() - started);
      started = performance.now();
      await previousList(ctx, input);
      previous.push(performance.now() - started);
    }
    const uses = await queryPlans(sqlite, (db) => listCustomers({ ...ctx, db }, input));
    const faster = (percentile(previous, 95) / percentile(times, 95)).toFixed(0);
    console.log(
      `  ${name.padEnd(22)} p50 ${ms(times, 50)} ms, p95 ${ms(times, 95)} ms  (previous p50 ${ms(previous, 50)}, p95 ${ms(previous, 95)}: ${faster}× at p95)` +
        `${same ? '' : '  ROWS DIFFER FROM PREVIOUS'}\n      uses: ${uses}`,
    );
  }
}
