import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBook } from '../../../electron/app/start-book';
import { openBook } from '../../../electron/db/open-book';
import { lastBackgroundFailure } from '../../../electron/domains/settings/background-failure';
import { quietStartMs } from '../../../electron/workers/after-start';
import { backgroundWorkers, useBackgroundWorkers } from '../../../electron/workers/background-workers';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-start-'));
});
afterEach(() => {
  useBackgroundWorkers({});
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('startBook', () => {
  it('opens the book of a data folder behind the one dispatcher, with its backups and sample beside it', async () => {
    const started = await startBook({ dataDir: dir, holder: 'the desktop app', locale: 'en', stays: true });
    try {
      const made = await started.dispatch('customers.create', { name: 'Lin' });
      expect(made.ok).toBe(true);
      expect(started.ctx.bookFile).toBe(path.join(dir, 'shuke.sqlite'));
      expect(started.ctx.backupDir).toBe(path.join(dir, 'backups'));
      expect(started.ctx.books).toEqual({ real: path.join(dir, 'shuke.sqlite'), sample: path.join(dir, 'sample', 'shuke.sqlite') });
      expect(backgroundWorkers().locale).toBe('en');
      // An unprotected book refuses the lock: it stays open.
      await started.lockNow();
      expect(started.ctx.book.locked).toBe(false);
    } finally {
      await started.stop();
    }
    expect(started.ctx.book.locked).toBe(true);
  });

  it('holds the folder while the book is open: a second start is refused, naming who has it, until the first stops', async () => {
    const first = await startBook({ dataDir: dir, holder: 'browser mode', locale: 'zh-CN', stays: true });
    await expect(startBook({ dataDir: dir, holder: 'the command line', locale: 'zh-CN', stays: false })).rejects.toThrow(/browser mode/);
    await first.stop();
    const second = await startBook({ dataDir: dir, holder: 'the command line', locale: 'zh-CN', stays: false });
    // One command keeps no sample book and computes no day's values.
    expect(second.ctx.books).toBeUndefined();
    expect(backgroundWorkers().values).toBeUndefined();
    await second.stop();
  });

  it('lets go of the folder when the book cannot be opened', async () => {
    fs.writeFileSync(path.join(dir, 'shuke.sqlite'), 'not a book at all, just some text that is long enough to have a header');
    await expect(startBook({ dataDir: dir, holder: 'the desktop app', locale: 'en', stays: true })).rejects.toThrow();
    fs.rmSync(path.join(dir, 'shuke.sqlite'));
    const again = await startBook({ dataDir: dir, holder: 'the desktop app', locale: 'en', stays: true });
    await again.stop();
  });

  it("opens without summing the member cards' ledger, and checks it once the start is quiet", async () => {
    const first = await startBook({ dataDir: dir, holder: 'the command line', locale: 'zh-CN', stays: false });
    const made = await first.dispatch('customers.create', { name: '王丽华' });
    const customerId = made.ok ? (made.value as { id: string }).id : '';
    expect(await first.dispatch('cards.move', { customerId, request: { kind: 'earn', points: 10 } })).toMatchObject({ ok: true });
    await first.stop();
    // A line written around the app (a script, a damaged copy) leaves the points not adding up.
    const raw = await openBook(path.join(dir, 'shuke.sqlite'));
    raw.sqlite
      .prepare(
        "INSERT INTO card_movements (id, movement_id, customer_id, purse, kind, delta, balance_after, at) VALUES ('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x', ?, 'points', 'earn', 5, 99, '2026-11-24T10:00:00.000Z')",
      )
      .run(customerId);
    await raw.close();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const started = await startBook({ dataDir: dir, holder: 'the desktop app', locale: 'zh-CN', stays: true });
      try {
        expect(await lastBackgroundFailure(started.ctx.db)).toBeNull();
        await vi.advanceTimersByTimeAsync(quietStartMs);
        await vi.waitFor(async () => expect(await lastBackgroundFailure(started.ctx.db)).toMatchObject({ what: 'cards' }), {
          timeout: 5000,
        });
      } finally {
        await started.stop();
      }
    } finally {
      errors.mockRestore();
      vi.useRealTimers();
    }
  });
});
