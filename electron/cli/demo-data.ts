import path from 'node:path';
import { BOOK_FILE_NAME, openBook } from '../db/open-book';
import { rebuildVisitStats } from '../domains/entries/visit-stats.service';
import { rebuildSearchIndex } from '../domains/search/search-index.service';
import { writeDemoBook } from './demo/write-demo-book';
import { progressPrinter } from './progress';
import { errorText } from '../../shared/error-text';

const usage = 'Usage: npm run demo-data -- --data DIR --customers N [--seed S] [--now YYYY-MM-DD]';

function parse(argv: string[]): { dataDir: string; customers: number; seed: number; now: Date } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === undefined || !['--data', '--customers', '--seed', '--now'].includes(flag) || value === undefined) {
      throw new Error(`Unknown or incomplete option “${flag ?? ''}”. ${usage}`);
    }
    values.set(flag, value);
  }
  const dataDir = values.get('--data');
  if (dataDir === undefined) throw new Error(`--data is required. ${usage}`);
  const customers = Number(values.get('--customers') ?? '1000');
  if (!Number.isInteger(customers) || customers < 1 || customers > 1_000_000)
    throw new Error('--customers must be a whole number from 1 to 1000000');
  const seed = Number(values.get('--seed') ?? '1');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const today = new Date();
  const now = values.has('--now')
    ? new Date(`${values.get('--now') ?? ''}T18:00:00Z`)
    : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 10));
  if (Number.isNaN(now.getTime())) throw new Error('--now must be a date like 2026-11-24');
  return { dataDir: path.resolve(dataDir), customers, seed, now };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const book = await openBook(path.join(args.dataDir, BOOK_FILE_NAME));
  try {
    const started = Date.now();
    let lastPercent = -1;
    const result = await writeDemoBook(book.db, {
      customers: args.customers,
      seed: args.seed,
      now: args.now,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 100);
        if (percent !== lastPercent && percent % 5 === 0) process.stdout.write(`  ${percent}% (${done} customers)\n`);
        lastPercent = percent;
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Wrote ${result.customers} customers and ${result.entries} diary entries to ${book.file} in ${seconds} s.`);
    const indexing = Date.now();
    await rebuildSearchIndex(book.db, progressPrinter('Building the lookup index'));
    console.log(`Lookup index built in ${((Date.now() - indexing) / 1000).toFixed(1)} s.`);
    await rebuildVisitStats(book.db);
  } finally {
    await book.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo-data: ${errorText(error)}`);
  process.exit(1);
});
