import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorker, brokenWorker } from '../../../helpers/bundle-worker';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCopy } from '../../../../electron/domains/backup/run-copy';
import { backupTo } from '../../../../electron/domains/backup/backup.service';
import type { Today } from '../../../../shared/contract';
import { call, createTestApp } from '../../../helpers/create-test-db';
import { verifyBackup } from '../../../../electron/domains/backup/verify-backup';
import { openBook, type Book } from '../../../../electron/db/open-book';
import { insertRows } from '../../../../electron/db/bulk';
import { useBackgroundWorkers } from '../../../../electron/workers/background-workers';

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
afterEach(() => useBackgroundWorkers({}));
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
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = vi.fn();
    expect(await runCopy({ book: book.file, to: path.join(dir, 'fallback.sqlite') }, broken, { failed, succeeded: vi.fn() })).toMatchObject(
      {
        ok: true,
        customers: 20_000,
      },
    );
    // Never silently: the cause is in the log and handed on, to be shown on Today.
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/^\[shuke\] the backup worker failed: .*cannot start/);
    expect(failed).toHaveBeenCalledWith(expect.stringMatching(/cannot start/));
    vi.restoreAllMocks();
  });

  it('shows a backup worker that failed on Today, until the worker next does its work', async () => {
    const app = await createTestApp('en', path.join(dir, 'today.sqlite'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const source = { db: app.ctx.db, bookFile: path.join(dir, 'today.sqlite') };
    useBackgroundWorkers({ backup: brokenWorker('broken-backup-worker') });
    await backupTo(source, path.join(dir, 'today-1.sqlite'), app.clock.now());
    expect(errors.mock.calls.map((c) => String(c[0])).filter((line) => line.startsWith('[shuke]'))).toHaveLength(2);
    const today = await call<Today>(app, 'today', {});
    expect(today.backgroundFailure).toMatchObject({ what: 'backup', reason: expect.stringMatching(/cannot start/) as string });
    useBackgroundWorkers({ backup: workerFile });
    await backupTo(source, path.join(dir, 'today-2.sqlite'), app.clock.now());
    expect((await call<Today>(app, 'today', {})).backgroundFailure).toBeNull();
    vi.restoreAllMocks();
    await app.close();
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
