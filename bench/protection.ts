import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../electron/api/context';
import { openBook, type Book } from '../electron/db/open-book';
import { writeBookCopy } from '../electron/domains/encryption/book-file-copy';
import { prepareBook } from '../electron/domains/maintenance/book-maintenance.service';
import { lookup } from '../electron/domains/search/lookup.service';
import { refreshValues } from '../electron/domains/value/value.service';
import { localDayOf } from '../shared/domain/calendar-date';
import { csvImportSeconds } from './csv-import';
import { percentile } from './percentile';

// A fixed key: the bench compares costs, it protects nothing.
const benchKey = Buffer.alloc(32, 7);

interface Figures {
  lookupP95: number;
  importSeconds: number;
  valuesSeconds: number;
}

async function measure(book: Book, queries: string[], importRows: number, key?: Buffer): Promise<Figures> {
  const ctx: ServiceContext = { db: book.db, now: () => new Date(), locale: 'zh-CN' };
  const samples: number[] = [];
  for (const query of queries) {
    await lookup(ctx, { query, limit: 10 });
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      await lookup(ctx, { query, limit: 10 });
      samples.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await refreshValues(book.db, localDayOf(new Date()));
  const valuesSeconds = (performance.now() - started) / 1000;
  const { seconds } = await csvImportSeconds(importRows, key);
  return { lookupP95: percentile(samples, 95), importSeconds: seconds, valuesSeconds };
}

/**
 * What protection costs: the same lookups, a whole-book value pass and a CSV import, on the bench
 * book as it is and on an encrypted copy of it (chacha20, made once beside it).
 */
export async function protectionBench(plain: Book, queries: string[], importRows: number): Promise<void> {
  const file = path.join(path.dirname(plain.file), 'protected', 'shuke.sqlite');
  if (!fs.existsSync(file)) {
    console.log('\nWriting an encrypted copy of the bench book (once)...');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeBookCopy(plain.sqlite, file, { key: benchKey, sourceKey: null });
  }
  const encrypted = await openBook(file, { key: benchKey });
  await prepareBook(encrypted.db);
  const without = await measure(plain, queries, importRows);
  const withKey = await measure(encrypted, queries, importRows, benchKey);
  await encrypted.close();
  const row = (label: string, a: number, b: number, unit: string, digits: number) =>
    console.log(
      `  ${label.padEnd(34)} ${a.toFixed(digits).padStart(8)} ${b.toFixed(digits).padStart(10)} ${unit}  (${((b / a - 1) * 100).toFixed(0)}%)`,
    );
  console.log('\nProtection (encrypted at rest, chacha20) against a plain book:');
  console.log(`  ${''.padEnd(34)} ${'plain'.padStart(8)} ${'protected'.padStart(10)}`);
  row('lookup p95', without.lookupP95, withKey.lookupP95, 'ms', 2);
  row(`CSV import of ${importRows} rows`, without.importSeconds, withKey.importSeconds, 's ', 1);
  row('whole-book value pass', without.valuesSeconds, withKey.valuesSeconds, 's ', 1);
}
