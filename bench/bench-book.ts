import fs from 'node:fs';
import path from 'node:path';
import { writeDemoBook } from '../electron/cli/demo/write-demo-book';
import { BOOK_FILE_NAME, openBook, type Book } from '../electron/db/open-book';
import { rebuildSearchIndex } from '../electron/domains/search/search-index.service';
import { prepareBook } from '../electron/domains/maintenance/book-maintenance.service';
import { rebuildVisitStats } from '../electron/domains/entries/visit-stats.service';
import { countCustomers } from '../electron/domains/customers/customers.repository';
import { progressPrinter } from '../electron/cli/progress';

/** The demo book of `customers` in `dir`: written once (minutes at 100,000), then reused. */
export async function benchBook(dir: string, customers: number): Promise<Book> {
  fs.mkdirSync(dir, { recursive: true });
  const book = await openBook(path.join(dir, BOOK_FILE_NAME));
  const found = await countCustomers(book.db);
  if (found >= customers) {
    await prepareBook(book.db, progressPrinter('  indexing'));
    return book;
  }
  if (found > 0) throw new Error(`${dir} holds a smaller book; delete it to rebuild.`);
  console.log(`Writing a demo book of ${customers} customers into ${dir} (once)...`);
  let started = performance.now();
  const result = await writeDemoBook(book.db, { customers, seed: 1, now: new Date('2026-11-24T10:00:00Z') });
  console.log(`  ${result.customers} customers, ${result.entries} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await rebuildSearchIndex(book.db, progressPrinter('  indexing'));
  console.log(`  lookup index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await rebuildVisitStats(book.db);
  return book;
}
