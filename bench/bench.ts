// npm run bench: figures, not pass/fail. Builds (once) or reuses a demo book of 100k customers and
// about 1M diary entries in .bench/ (or SHUKE_BENCH_DIR), then prints p50/p95 of the core lookup
// for a fixed mix of queries, the same queries as a naive LIKE scan, and, where a Chromium is
// available, keystroke-to-painted-results in browser mode. `npm run bench -- durability` instead
// kills browser mode again and again mid-write and checks nothing it acknowledged is lost
// (bench/durability.ts).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createDispatcher } from '../electron/api/dispatcher';
import type { ServiceContext } from '../electron/api/context';
import { lookup } from '../electron/domains/search/lookup.service';
import { naiveLikeScan } from '../electron/domains/search/search.repository';
import { createWebServer } from '../electron/web/server';
import { benchBook } from './bench-book';
import { importBench } from './import-bench';
import { scaleBench } from './scale';
import { valuePassBench } from './value-pass';
import { keystrokeBench } from './keystroke';
import { insightsBench } from './insights';
import { listPagesBench } from './list-pages';
import { percentile } from './percentile';
import { durabilityBench } from './durability';
import { protectionBench } from './protection';
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

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const book = await benchBook(dir, customers);
  const ctx: ServiceContext = { db: book.db, now: () => new Date(), locale: 'zh-CN' };
  const memory = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB RSS`;

  console.log(`\nCore lookup (limit 10), ${customers} customers; ms per query:`);
  console.log('  category              p50     p95    hits(avg)');
  const all: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (const [category, list] of Object.entries(queries)) {
    const samples: number[] = [];
    let hits = 0;
    for (const query of list) {
      await lookup(ctx, { query, limit: 10 });
      const mine: number[] = [];
      for (let i = 0; i < 30; i += 1) {
        mine.push(
          await time(async () => {
            hits += (await lookup(ctx, { query, limit: 10 })).hits.length;
          }),
        );
      }
      perQuery.set(query, mine);
      samples.push(...mine);
    }
    all.push(...samples);
    console.log(
      `  ${category.padEnd(20)} ${fmt(percentile(samples, 50)).padStart(6)} ${fmt(percentile(samples, 95)).padStart(7)} ${(hits / samples.length).toFixed(1).padStart(8)}`,
    );
  }
  const coreP50 = percentile(all, 50);
  const coreP95 = percentile(all, 95);
  console.log(`  ${'ALL'.padEnd(20)} ${fmt(coreP50).padStart(6)} ${fmt(coreP95).padStart(7)}   (target p95 ≤ 5 ms) ${memory()}`);

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
  await valuePassBench(book.db, localDayOf(new Date()));
  await importBench(importRows);

  await protectionBench(book, Object.values(queries).flat(), Math.min(importRows, 20_000));

  const rendererDir = path.resolve(__dirname, '..', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.log('\nKeystroke to paint: skipped (no built renderer; run `npm run build`).');
  } else {
    const token = randomBytes(16).toString('hex');
    const server = createWebServer({ dispatch: createDispatcher(ctx), rendererDir, token, lang: 'zh-CN' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const typed = Object.values(queries).flat();
      const result = await keystrokeBench(`http://127.0.0.1:${port}/?token=${token}`, typed);
      if (result === null) console.log('\nKeystroke to paint: skipped (no Chromium; set CHROMIUM_PATH or install chromium).');
      else
        console.log(
          `\nKeystroke to painted results in Chromium (${result.length} keystrokes): p50 ${fmt(percentile(result, 50))} ms, p95 ${fmt(percentile(result, 95))} ms (target p95 ≤ 50 ms)`,
        );
    } finally {
      server.close();
    }
  }
  await book.close();
}

// speed-bulk: `--scale` measures books of 10k, 100k and 300k customers instead; every run ends with its total time.
const benchStarted = performance.now();
const command = process.argv[2];
(command === 'durability' ? durabilityBench(process.argv.slice(3)) : command === '--scale' ? scaleBench(dir) : main())
  .then(() =>
    console.log(`
bench total: ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min (target < 15 min)`),
  )
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
