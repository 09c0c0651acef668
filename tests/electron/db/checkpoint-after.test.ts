import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointAfter } from '../../../electron/db/checkpoint-after';
import { openBook, type Book } from '../../../electron/db/open-book';
import { insertRows } from '../../../electron/db/bulk';

const books: Book[] = [];
afterEach(async () => {
  for (const book of books.splice(0)) await book.close();
});

async function fileBook(): Promise<Book> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-checkpoint-'));
  const book = await openBook(path.join(dir, 'shuke.sqlite'));
  books.push(book);
  return book;
}

const autoCheckpoint = (book: Book) => Number(book.sqlite.pragma('wal_autocheckpoint', { simple: true }));
const bigSettings = Array.from({ length: 3000 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(2000) }));

describe('checkpointAfter', () => {
  it('holds the automatic checkpoint back during the write and copies the WAL into the book just after', async () => {
    const book = await fileBook();
    const sizeBefore = fs.statSync(book.file).size;
    await checkpointAfter(book.db, async () => {
      expect(autoCheckpoint(book)).toBe(0);
      await book.db.transaction().execute((trx) => insertRows(trx, 'settings', bigSettings));
    });
    expect(autoCheckpoint(book)).toBe(1000);
    // Committed (a second connection would see it) but still only in the WAL.
    expect(fs.statSync(book.file).size).toBe(sizeBefore);
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM settings WHERE key LIKE 'k%'`.execute(book.db)).rows).toEqual([{ n: 3000 }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.statSync(book.file).size).toBeGreaterThan(sizeBefore + 3000 * 2000);
  });

  it('puts the automatic checkpoint back when the write fails', async () => {
    const book = await fileBook();
    await expect(checkpointAfter(book.db, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(autoCheckpoint(book)).toBe(1000);
  });
});
