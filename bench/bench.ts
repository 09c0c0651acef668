// npm run bench: figures, not pass/fail. Builds (once) or reuses a demo book of 100k customers and
// about 1M diary entries in .bench/ (or SHUKE_BENCH_DIR), then prints p50/p95 of the core lookup
// for a fixed mix of queries, the same queries as a naive LIKE scan, and, where a Chromium is
// available, keystroke-to-painted-results in browser mode. `npm run bench -- durability` instead
// kills browser mode again and again mid-write and checks nothing it acknowledged is lost
// (bench/durability.ts). `npm run bench -- sync` times replication through a loopback hub (bench/sync.ts).
import path from 'node:path';
import type { ServiceContext } from '../electron/api/context';
import { naiveLikeScan } from '../electron/domains/search/search.repository';
import { benchBook } from './bench-book';
import { importBench } from './import-bench';
import { scaleBench } from './scale';
import { valuePassBench } from './value-pass';
import { printBundleSizes, printKeystrokes, printStartupFigures } from './renderer-figures';
import { insightsBench } from './insights';
import { cardInsightsBench } from './card-insights';
import { cardCounterBench } from './card-counter';
import { listPagesBench } from './list-pages';
import { percentile } from './percentile';
import { fmt, time } from './timing';
import { durabilityBench } from './durability';
import { protectionBench } from './protection';
import { coreLookupBench } from './core-lookup';
import { syncBench } from './sync';
import { localDayOf } from '../shared/domain/calendar-date';
import { errorText } from '../shared/error-text';

const customers = Number(process.env.SHUKE_BENCH_CUSTOMERS ?? '100000');
const dir = path.resolve(process.env.SHUKE_BENCH_DIR ?? '.bench');

const queries: Record<string, string[]> = {
  'pinyin initials': ['zs', 'wlh', 'cml', 'lj', 'zw'],
  'full pinyin': ['zhangsan', 'wangli', 'chenmei', 'liuwei', 'huang'],
  'phone tail': ['8821', '1234', '5678', '0912', '345'],
  'one Han character': ['王', '陈', '林', '華', '丽'],
  'two Han characters': ['丽华', '美玲', '志强', '张伟', '婷婷'],
  'diary words': ['拉链', '藏青', '外套', '海边', 'winter'],
  misses: ['xyzq', '没有这个人', '99999999', 'qqqqq', '龘'],
};

// What the owner types first after starting browser mode.
const startupQuery = 'zs';

async function main(): Promise<void> {
  const book = await benchBook(dir, customers);
  const ctx: ServiceContext = { db: book.db, now: () => new Date(), locale: 'zh-CN' };
  const memory = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB RSS`;

  const { p50: coreP50, p95: coreP95 } = await coreLookupBench(ctx, queries, customers);
  console.log(`  ${memory()}`);

  const naive: number[] = [];
  if (process.env.SHUKE_BENCH_SKIP_NAIVE !== '1') {
    console.log('\nNaive LIKE %q% scan over names, phones and entries, same queries (3 runs each):');
    for (const list of Object.values(queries)) {
      for (const query of list) for (let i = 0; i < 3; i += 1) naive.push(await time(() => naiveLikeScan(book.db, query, 10)));
    }
    const naiveP50 = percentile(naive, 50);
    const naiveP95 = percentile(naive, 95);
    console.log(
      `  p50 ${fmt(naiveP50)} ms, p95 ${fmt(naiveP95)} ms: the index is ${(naiveP50 / coreP50).toFixed(0)}× faster at p50, ${(naiveP95 / coreP95).toFixed(0)}× at p95`,
    );
  }

  await insightsBench(book.db, localDayOf(new Date()));
  await cardInsightsBench(book.sqlite, book.db, localDayOf(new Date()));
  await cardCounterBench(book.sqlite, ctx, Object.values(queries).flat(), coreP95);
  await listPagesBench(book.sqlite, ctx);

  const importRows = Number(process.env.SHUKE_BENCH_IMPORT_ROWS ?? '100000');
  await valuePassBench(book.db, localDayOf(new Date()));
  await importBench(importRows);

  await protectionBench(book, Object.values(queries).flat(), Math.min(importRows, 20_000));

  // Keystroke to paint, the renderer's bundles and start-up (bench/renderer-figures.ts).
  await printKeystrokes(ctx, book.file, Object.values(queries).flat());
  printBundleSizes();
  await book.close();
  await printStartupFigures(dir, startupQuery);
}

/** `npm run bench -- renderer`: only keystroke to paint, the bundles and start-up, on the bench's book. */
async function rendererOnly(): Promise<void> {
  const book = await benchBook(dir, customers);
  await printKeystrokes({ db: book.db, now: () => new Date(), locale: 'zh-CN' }, book.file, Object.values(queries).flat());
  printBundleSizes();
  await book.close();
  await printStartupFigures(dir, startupQuery);
}

/** `npm run bench -- lookup`: only the core lookup, on the bench's book. */
async function lookupOnly(): Promise<void> {
  const book = await benchBook(dir, customers);
  await coreLookupBench({ db: book.db, now: () => new Date(), locale: 'zh-CN' }, queries, customers);
  await book.close();
}

// `--scale` measures books of 10k, 100k and 300k customers instead; every run ends with its total time.
const subcommands: Record<string, () => Promise<void>> = {
  durability: () => durabilityBench(process.argv.slice(3)),
  renderer: rendererOnly,
  lookup: lookupOnly,
  import: () => importBench(Number(process.env.SHUKE_BENCH_IMPORT_ROWS ?? '100000')),
  '--scale': () => scaleBench(dir),
  // The bench's own book is 1.1 million documents, far past the few minutes a bench may take through
  // PouchDB (about 1,200 a second to the hub here): a book of 10,000 customers (--scale's) unless told.
  sync: () => {
    const size = Number(process.env.SHUKE_BENCH_SYNC_CUSTOMERS ?? '10000');
    return syncBench(size === customers ? dir : path.join(dir, `scale-${size}`), size);
  },
};
const benchStarted = performance.now();
(subcommands[process.argv[2] ?? ''] ?? main)()
  .then(() => console.log(`\nbench total: ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min (target < 15 min)`))
  .catch((error: unknown) => {
    console.error(`bench: ${errorText(error)}`);
    process.exit(1);
  });
