import { Worker } from 'node:worker_threads';
import type { ServiceContext } from '../electron/api/context';
import { lookup } from '../electron/domains/search/lookup.service';
import { percentile } from './percentile';
import { fmt, time } from './timing';
import { previousLookup } from './previous-lookup';

type Lookup = typeof lookup;

interface Samples {
  now: number[];
  previous: number[];
}

/**
 * Each query `rounds` times by both lookups, alternating, so the machine's mood of the moment
 * weighs on both alike.
 */
async function measure(ctx: ServiceContext, list: string[], rounds: number): Promise<Samples & { hits: number }> {
  const samples: Samples & { hits: number } = { now: [], previous: [], hits: 0 };
  const run = async (fn: Lookup, query: string) => (await fn(ctx, { query, limit: 10 })).hits.length;
  for (const query of list) {
    await run(lookup, query);
    await run(previousLookup, query);
    for (let i = 0; i < rounds; i += 1) {
      samples.previous.push(await time(() => run(previousLookup, query)));
      samples.now.push(
        await time(async () => {
          samples.hits += await run(lookup, query);
        }),
      );
    }
  }
  return samples;
}

/** A second thread spinning flat out, as the whole-book value pass's worker keeps a core busy. */
async function withBusyThread<T>(fn: () => Promise<T>): Promise<T> {
  const worker = new Worker('for (;;) {}', { eval: true });
  await new Promise((resolve) => worker.once('online', resolve));
  try {
    return await fn();
  } finally {
    await worker.terminate();
  }
}

const pair = (p: number, s: Samples) => `${fmt(percentile(s.previous, p)).padStart(6)} →${fmt(percentile(s.now, p)).padStart(6)}`;

/**
 * The core lookup per kind of query: p50 and p95 of the lookup beside the previous one (a query
 * per source, bench/previous-lookup.ts) in the same run, quiet and again beside a busy thread.
 * Returns the overall p50 and p95 of the lookup on the quiet machine.
 */
export async function coreLookupBench(
  ctx: ServiceContext,
  queries: Record<string, string[]>,
  customers: number,
): Promise<{ p50: number; p95: number }> {
  const rounds = 30;
  const quiet = new Map<string, Samples & { hits: number }>();
  for (const [category, list] of Object.entries(queries)) quiet.set(category, await measure(ctx, list, rounds));
  const busy = new Map<string, Samples>();
  await withBusyThread(async () => {
    for (const [category, list] of Object.entries(queries)) busy.set(category, await measure(ctx, list, rounds));
  });

  console.log(`\nCore lookup (limit 10), ${customers} customers; ms per query, previous → now (same run, alternating):`);
  console.log(`  ${'category'.padEnd(20)} ${'p50'.padStart(14)} ${'p95'.padStart(14)} ${'busy p95'.padStart(14)}  hits(avg)`);
  const all: Samples = { now: [], previous: [] };
  const allBusy: Samples = { now: [], previous: [] };
  for (const [category, samples] of quiet) {
    const loaded = busy.get(category) ?? { now: [], previous: [] };
    all.now.push(...samples.now);
    all.previous.push(...samples.previous);
    allBusy.now.push(...loaded.now);
    allBusy.previous.push(...loaded.previous);
    console.log(
      `  ${category.padEnd(20)} ${pair(50, samples)} ${pair(95, samples)} ${pair(95, loaded)}  ${(samples.hits / samples.now.length).toFixed(1).padStart(8)}`,
    );
  }
  console.log(
    `  ${'ALL'.padEnd(20)} ${pair(50, all)} ${pair(95, all)} ${pair(95, allBusy)}  (targets: p95 ≤ 2 ms per kind, ≤ 1.5 ms in all)`,
  );
  console.log('  busy: the same queries while a worker thread spins a core, as the value pass does.');
  return { p50: percentile(all.now, 50), p95: percentile(all.now, 95) };
}
