import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackup } from '../../../../electron/cli/commands/backup-command';
import { verifyBackup } from '../../../../electron/domains/backup/verify-backup';
import { openBook } from '../../../../electron/db/open-book';

describe('shuke backup', () => {
  it('backs up a book folder into its backups folder or to a chosen file, verified', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-cli-'));
    const book = await openBook(path.join(dir, 'shuke.sqlite'));
    await book.close();
    const auto = await runBackup(dir);
    expect(path.dirname(auto.file)).toBe(path.join(dir, 'backups'));
    expect(verifyBackup(auto.file).ok).toBe(true);
    const chosen = path.join(dir, 'usb', 'weekly.sqlite');
    expect((await runBackup(dir, chosen)).file).toBe(chosen);
    await expect(runBackup(dir, chosen)).rejects.toThrow(/already exists/);
  });

  it('says so when there is no book', async () => {
    await expect(runBackup(path.join(os.tmpdir(), 'no-such-shuke-folder'))).rejects.toThrow(/no customer book/);
  });
});
