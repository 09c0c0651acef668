import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBook } from '../../../electron/app/start-book';
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
});
