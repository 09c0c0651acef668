import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorker, brokenWorker } from '../../../helpers/bundle-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCopy } from '../../../../electron/domains/backup/run-copy';
import { verifyBackup } from '../../../../electron/domains/backup/verify-backup';
import { openBook, type Book } from '../../../../electron/db/open-book';
import { insertRows } from '../../../../electron/db/bulk';

let workerFile: string;
let dir: string;
let book: Book;

beforeAll(async () => {
  workerFile = await bundleWorker('backup-worker');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-copy-'));
  book = await openBook(path.join(dir, 'shuke.sqlite'));
  const at = '2026-11-29T00:00:00.000Z';
  const customers = Array.from({ length: 20_000 }, (_, i) => ({
    id: `c${String(i).padStart(6, '0')}`,
    name: `客人${i}`,
    about: '喜欢藏青色'.repeat(20),
    created_at: at,
    updated_at: at,
  }));
  await book.db.transaction().execute((trx) => insertRows(trx, 'customers', customers));
});
afterAll(async () => {
  await book.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('copying a book for a backup', () => {
  it('copies and verifies in the worker while this thread goes on turning', async () => {
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    const to = path.join(dir, 'worker.sqlite');
    const check = await runCopy({ book: book.file, to }, workerFile);
    clearInterval(ticker);
    expect(check).toEqual({ ok: true, problem: null, kind: null, detail: '', customers: 20_000 });
    expect(verifyBackup(to).customers).toBe(20_000);
    expect(turns).toBeGreaterThan(0);
  });

  it('copies on this thread where there is no bundled worker, or the worker cannot start', async () => {
    expect(await runCopy({ book: book.file, to: path.join(dir, 'inline.sqlite') }, undefined)).toMatchObject({
      ok: true,
      customers: 20_000,
    });
    const broken = brokenWorker('broken-backup-worker');
    expect(await runCopy({ book: book.file, to: path.join(dir, 'fallback.sqlite') }, broken)).toMatchObject({
      ok: true,
      customers: 20_000,
    });
  });

  it('reports a book that cannot be read as a failed check, writing nothing', async () => {
    const to = path.join(dir, 'none.sqlite');
    const check = await runCopy({ book: path.join(dir, 'missing.sqlite'), to }, workerFile);
    expect(check.ok).toBe(false);
    expect(check.kind).toBe('bookUnreadable');
    expect(check.problem).toMatch(/could not read the book/);
    expect(fs.existsSync(to)).toBe(false);
  });
});
