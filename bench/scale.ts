// npm run bench -- --scale: the same measurements on books of 10,000, 100,000 and 300,000
// customers (built once each in subfolders of SHUKE_BENCH_DIR, then reused), so a reader sees what
// grows with the book and what stays flat.
import path from 'node:path';
import type { ServiceContext } from '../electron/api/context';
import { listCustomers } from '../electron/domains/diary/customers.service';
import { lookup } from '../electron/domains/search/lookup.service';
import type { ParsedInput } from '../shared/contract';
import { localDayOf } from '../shared/domain/calendar-date';
import { benchBook } from './bench-book';
import { csvImportSeconds } from './csv-import';
import { percentile } from './percentile';
import { valuePassFigures } from './value-pass';

const sizes = (process.env.SHUKE_BENCH_SCALE ?? '10000,100000,300000').split(',').map(Number);

const typed = ['zs', 'wlh', 'zhangsan', 'huang', '8821', '345', '王', '華', '丽华', '张伟', '拉链', 'winter', 'xyzq', '龘'];

type ListInput = ParsedInput<'customers.list'>;
const page = (more: Partial<ListInput>): ListInput => ({
  query: '',
  includeArchived: false,
  limit: 100,
  offset: 0,
  filter: {},
  sort: 'recent',
  ...more,
});
/** Two representative pages of the customer list: the first by last seen, and one deep into the names. */
const pages = [page({}), page({ sort: 'name', offset: 5_000 })];

async function p95(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(times, 95);
}

export async function scaleBench(dir: string): Promise<void> {
  const rows: string[] = [];
  for (const customers of sizes) {
    const book = await benchBook(path.join(dir, `scale-${customers}`), customers);
    const ctx: ServiceContext = { db: book.db, now: () => new Date(), locale: 'zh-CN' };
    const lookups: number[] = [];
    for (const query of typed) lookups.push(await p95(20, () => lookup(ctx, { query, limit: 10 })));
    const lists: number[] = [];
    for (const input of pages) lists.push(await p95(10, () => listCustomers(ctx, input)));
    const value = await valuePassFigures(book.db, localDayOf(new Date()));
    await book.close();
    const imported = await csvImportSeconds(customers);
    const row = [
      String(customers).padStart(7),
      `${Math.max(...lookups).toFixed(1)} ms`.padStart(10),
      `${Math.max(...lists).toFixed(0)} ms`.padStart(8),
      `${(value.catchUpMs / 1000).toFixed(2)} s`.padStart(9),
      `${(value.previousDailyMs / 1000).toFixed(2)} s`.padStart(9),
      `${(value.wholeBookMs / 1000).toFixed(2)} s`.padStart(9),
      `${(value.firstMs / 1000).toFixed(1)} s`.padStart(8),
      `${imported.seconds.toFixed(1)} s`.padStart(8),
    ].join(' ');
    rows.push(row);
    console.log(`  done ${customers}: ${row}`);
  }
  console.log('\nHow costs grow with the book (worst p95 over the query mix and the pages; value pass rolled back):');
  console.log('customers   lookup p95  list p95  value/day  previous  whole book  first  CSV import of that many rows');
  for (const row of rows) console.log(row);
}
