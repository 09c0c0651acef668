// npm run bench -- sync: figures, not pass/fail (issue 19). A copy of a demo book (10,000 customers
// and their diary entries unless SHUKE_BENCH_SYNC_CUSTOMERS says otherwise, built once under
// SHUKE_BENCH_DIR as --scale builds it, 100,000 the bench's own book) joins a CouchDB-protocol hub on
// loopback (express-pouchdb over LevelDB on disk, as a real hub keeps its databases), then an empty
// counter joins the same hub and takes the whole book, then 1,000 writes on the first counter reach
// the second. Every step goes through the app's own calls (sync.join, sync.now, customers.update,
// entries.add), so the figures are those of the code the counters run.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import expressPouchDB from 'express-pouchdb';
import type { ServiceContext } from '../electron/api/context';
import { createDispatcher, type Dispatcher } from '../electron/api/dispatcher';
import { BOOK_FILE_NAME, openBook, type Book } from '../electron/db/open-book';
import { documentIds } from '../electron/domains/sync/apply-documents.service';
import { openReplica, Pouch, type Replica } from '../electron/domains/sync/pouch';
import { runtimeOf } from '../electron/domains/sync/sync-runtime';
import { benchBook } from './bench-book';

const changes = Number(process.env.SHUKE_BENCH_SYNC_CHANGES ?? '1000');

/** The highest resident memory seen while `work` ran, sampled every 100 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  try {
    const value = await work();
    return { value, peakMb: Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** A hub as CouchDB would be one: its databases in LevelDB under `folder`, answering on loopback. */
async function startHub(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  fs.mkdirSync(folder, { recursive: true });
  const HubPouch = Pouch.defaults({ adapter: 'leveldb', prefix: `${folder}${path.sep}` });
  const server = http.createServer(expressPouchDB(HubPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/shop`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** When a round's parts began and ended, seen from the counter's copy. */
interface Marks {
  replicateStart: number;
  replicateEnd: number;
  checkStart: number;
}

/**
 * The counter's copy, opened where the app opens it (beside the book), with the moments its round
 * reaches replication and the in-sync check noted: replication is the copy's sync with the hub, and
 * the check is the first full listing of the copy (the push only ever lists the documents it sends).
 */
function markedReplica(bookFile: string, marks: Marks): Replica {
  const replica = openReplica(`${bookFile}.sync`);
  const sync = replica.sync.bind(replica);
  replica.sync = (target, options) => {
    marks.replicateStart = performance.now();
    const replicating = sync(target, options);
    replicating.then(
      () => (marks.replicateEnd = performance.now()),
      () => undefined,
    );
    return replicating;
  };
  const allDocs = replica.allDocs.bind(replica);
  const listAll = (options?: Parameters<typeof allDocs>[0]) => {
    if (options !== undefined) return allDocs(options);
    if (marks.checkStart === 0) marks.checkStart = performance.now();
    return allDocs();
  };
  replica.allDocs = listAll as typeof replica.allDocs;
  return replica;
}

interface Counter {
  name: string;
  book: Book;
  ctx: ServiceContext;
  call: Dispatcher;
  marks: Marks;
}

function counterOn(name: string, book: Book): Counter {
  const ctx: ServiceContext = { db: book.db, now: () => new Date(), locale: 'zh-CN', bookFile: book.file };
  const marks: Marks = { replicateStart: 0, replicateEnd: 0, checkStart: 0 };
  // The copy the round would open (beside the book), opened here so its steps can be timed.
  runtimeOf(ctx).replica = markedReplica(book.file, marks);
  return { name, book, ctx, call: createDispatcher(ctx), marks };
}

async function must(counter: Counter, name: string, input: unknown): Promise<unknown> {
  const result = await counter.call(name, input);
  if (!result.ok) throw new Error(`${counter.name}: ${name} refused: ${result.error.message}`);
  return result.value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (docs: number, ms: number) => (ms <= 0 ? '' : `, ${Math.round(docs / (ms / 1000)).toLocaleString('en')} docs/s`);

/**
 * One round of a counter, timed by part: joining (or "Sync now") up to the copy's replication is
 * the book's writes going into the copy; then the replication with the hub; then what came back
 * applied to the book; then the in-sync check. Fails loudly unless the round ended in sync.
 */
async function timedRound(counter: Counter, docs: number, start: () => Promise<unknown>): Promise<void> {
  Object.assign(counter.marks, { replicateStart: 0, replicateEnd: 0, checkStart: 0 });
  const runtime = runtimeOf(counter.ctx);
  const started = performance.now();
  const { peakMb } = await withPeakRss(async () => {
    await start();
    await runtime.running;
  });
  const ended = performance.now();
  if (runtime.lastError !== null) throw new Error(`${counter.name}: the round failed: ${runtime.lastError.message}`);
  const check = runtime.lastCheck;
  if (check?.inSync !== true) throw new Error(`${counter.name}: not in sync after its round: ${JSON.stringify(check)}`);
  const { replicateStart, replicateEnd, checkStart } = counter.marks;
  const parts: [string, number][] = [
    ['book into its copy', replicateStart - started],
    ['replication with the hub', replicateEnd - replicateStart],
    ['applied to the book', checkStart - replicateEnd],
    ['in-sync check', ended - checkStart],
  ];
  console.log(
    `  ${seconds(ended - started)} for ${docs.toLocaleString('en')} documents${rate(docs, ended - started)}; peak ${peakMb.toFixed(0)} MB RSS`,
  );
  for (const [part, ms] of parts) console.log(`    ${part.padEnd(26)} ${seconds(ms).padStart(8)}${rate(docs, ms)}`);
}

const count = (book: Book, table: string) => Number(book.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get());

/** The mixed writes of a busy day on the first counter: new diary entries, and customers' details edited. */
async function writeChanges(counter: Counter, n: number): Promise<void> {
  const ids = counter.book.sqlite
    .prepare('SELECT id FROM customers ORDER BY id LIMIT ?')
    .pluck()
    .all(n)
    .map((id) => String(id));
  for (let i = 0; i < n; i += 1) {
    const customerId = ids[i % ids.length] ?? '';
    if (i % 2 === 0) await must(counter, 'entries.add', { customerId, kind: 'note', text: `同步测试 ${i}：喜欢藏青色` });
    else await must(counter, 'customers.update', { id: customerId, patch: { about: `同步测试 ${i}` } });
  }
}

export async function syncBench(dir: string, customers: number): Promise<void> {
  const source = await benchBook(dir, customers);
  await source.close();
  const work = fs.mkdtempSync(path.join(dir, 'sync-'));
  const hub = await startHub(path.join(work, 'hub'));
  const counters: Counter[] = [];
  try {
    const file = path.join(work, 'one', BOOK_FILE_NAME);
    fs.mkdirSync(path.dirname(file));
    fs.copyFileSync(path.join(dir, BOOK_FILE_NAME), file);
    const one = counterOn('counter 1', await openBook(file));
    counters.push(one);
    const docs = (await documentIds(one.book.db)).length;
    console.log(`\nSync through a loopback hub (express-pouchdb, LevelDB on disk), a book of ${docs.toLocaleString('en')} documents:`);
    console.log('Counter 1 joins with its whole book (first full round):');
    await timedRound(one, docs, () => must(one, 'sync.join', { hub: hub.url, deviceName: '柜台 1' }));

    const two = counterOn('counter 2', await openBook(path.join(work, 'two', BOOK_FILE_NAME)));
    counters.push(two);
    console.log('Counter 2 joins with an empty book and takes the whole book:');
    await timedRound(two, docs, () => must(two, 'sync.join', { hub: hub.url, deviceName: '柜台 2' }));
    for (const table of ['customers', 'entries'])
      if (count(two.book, table) !== count(one.book, table)) throw new Error(`counter 2 holds another number of ${table}`);

    console.log(`${changes.toLocaleString('en')} writes on counter 1 (half new diary entries, half customers edited), then its round:`);
    const writing = performance.now();
    await writeChanges(one, changes);
    console.log(`  written in ${seconds(performance.now() - writing)}`);
    await timedRound(one, changes, () => must(one, 'sync.now', {}));
    console.log('Counter 2 takes them in its round:');
    await timedRound(two, changes, () => must(two, 'sync.now', {}));
    const about = `同步测试 ${changes - 1}`;
    if (changes > 1 && two.book.sqlite.prepare('SELECT count(*) FROM customers WHERE about = ?').pluck().get(about) !== 1)
      throw new Error('counter 2 lacks the last edit');
    console.log(`  process peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB RSS`);
  } finally {
    for (const c of counters) {
      await runtimeOf(c.ctx).replica?.close();
      await c.book.close();
    }
    await hub.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
