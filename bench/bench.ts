// npm run bench: figures, not pass/fail. Builds (once) or reuses a demo book of 100k customers and
// about 1M diary entries in .bench/ (or SHUKE_BENCH_DIR), then prints p50/p95 of the core lookup
// for a fixed mix of queries, the same queries as a naive LIKE scan, and, where a Chromium is
// available, keystroke-to-painted-results in browser mode. `npm run bench -- durability` instead
// kills browser mode again and again mid-write and checks nothing it acknowledged is lost
// (bench/durability.ts).
import fs from 'node:fs';
import path from 'node:path';
import { writeDemoBook } from '../electron/cli/demo/write-demo-book';
import type { ServiceContext } from '../electron/api/context';
import { BOOK_FILE_NAME, openBook } from '../electron/db/open-book';
import { rebuildSearchIndex } from '../electron/domains/search/search-index.service';
import { prepareBook } from '../electron/domains/book-maintenance.service';
import { rebuildVisitStats } from '../electron/domains/care/visit-stats.service';
import { naiveLikeScan } from '../electron/domains/search/search.repository';
import { countCustomers } from '../electron/domains/customers/customers.repository';
import { progressPrinter } from '../electron/cli/progress';
import { csvImportSeconds } from './csv-import';
import { printBundleSizes, printKeystrokes, printStartupFigures } from './renderer-figures';
import { insightsBench } from './insights';
import { listPagesBench } from './list-pages';
import { percentile } from './percentile';
import { durabilityBench } from './durability';
import { protectionBench } from './protection';
import { coreLookupBench } from './core-lookup';
import { localDayOf } from '../shared/domain/calendar-date';

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

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main(): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const book = await openBook(path.join(dir, BOOK_FILE_NAME));
  if ((await countCustomers(book.db)) < customers) {
    if ((await countCustomers(book.db)) > 0) throw new Error(`${dir} holds a smaller book; delete it to rebuild.`);
    console.log(`Writing a demo book of ${customers} customers into ${dir} (once)...`);
    let started = performance.now();
    const result = await writeDemoBook(book.db, { customers, seed: 1, now: new Date('2026-11-24T10:00:00Z') });
    console.log(`  ${result.customers} customers, ${result.entries} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await rebuildSearchIndex(book.db, progressPrinter('  indexing'));
    console.log(`  lookup index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await rebuildVisitStats(book.db);
  } else {
    await prepareBook(book.db, progressPrinter('  indexing'));
  }
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
  await listPagesBench(book.sqlite, ctx);

  const importRows = Number(process.env.SHUKE_BENCH_IMPORT_ROWS ?? '100000');
  const runs: { seconds: number; checkpointSeconds: number }[] = [];
  for (let i = 0; i < 3; i += 1) runs.push(await csvImportSeconds(importRows));
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  console.log(
    `\nCSV import of ${importRows} rows (Chinese headers, birthdays, likes) into a new book, index included, 3 runs:` +
      ` median ${seconds[1]?.toFixed(1)} s (${seconds.map((s) => s.toFixed(1)).join(', ')}; target ≤ 10 s),` +
      ` then a WAL checkpoint after the result of ${Math.max(...runs.map((r) => r.checkpointSeconds)).toFixed(1)} s at most`,
  );

  await protectionBench(book, Object.values(queries).flat(), Math.min(importRows, 20_000));

  // Keystroke to paint, the renderer's bundles and start-up (bench/renderer-figures.ts).
  await printKeystrokes(ctx, book.file, Object.values(queries).flat());
  printBundleSizes();
  await book.close();
  await printStartupFigures(dir, startupQuery);
}

/** `npm run bench -- renderer`: only keystroke to paint, the bundles and start-up, on the bench's book. */
async function rendererOnly(): Promise<void> {
  const book = await openBook(path.join(dir, BOOK_FILE_NAME));
  if ((await countCustomers(book.db)) < customers) throw new Error(`${dir} has no bench book yet: run \`npm run bench\` once.`);
  await prepareBook(book.db);
  await printKeystrokes({ db: book.db, now: () => new Date(), locale: 'zh-CN' }, book.file, Object.values(queries).flat());
  printBundleSizes();
  await book.close();
  await printStartupFigures(dir, startupQuery);
}

const subcommands: Record<string, () => Promise<void>> = {
  durability: () => durabilityBench(process.argv.slice(3)),
  renderer: rendererOnly,
};
(subcommands[process.argv[2] ?? ''] ?? main)().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
