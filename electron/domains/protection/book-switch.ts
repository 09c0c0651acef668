import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/app-error';
import { allowWorkers, stopWorkers } from '../../workers/first-answer';
import { backupsSettled } from '../backup/backup.service';
import { valuesPassSettled } from '../value/values-pass';
import { writeBookCopy } from '../encryption/book-file-copy';
import { switchingFileOf, type BookSession } from './book-session';
import { killPoint } from './kill-point';
import { syncDir, type KeysFile } from '../encryption/keys-file';
import { errorText } from '../../../shared/error-text';
import { bookHoldsReleased } from '../../db/book-holds';
import { copyFolderOf } from '../../db/replication-marks';

function removeWal(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

async function quietWorkers(session: BookSession): Promise<void> {
  const db = session.db();
  await stopWorkers();
  await valuesPassSettled(db);
  await backupsSettled(db);
  // Last, so that no sync round writes between it and the copy.
  await bookHoldsReleased(db);
}

/**
 * Rewrites the open book with another key (null: plain) beside itself, then swaps it in with one
 * rename, so that a crash at any moment leaves the old book or the new one (settleSwitch sorts
 * out what it finds). `keys` is written before the rename when the new book is encrypted; the old
 * key file is removed after it when the new book is plain.
 */
export async function switchBook(session: BookSession, to: { key: Buffer | null; keys: KeysFile | null }): Promise<void> {
  const file = session.file;
  const next = switchingFileOf(file);
  const from = session.currentKey();
  const before = session.keysFile();
  await quietWorkers(session);
  try {
    writeBookCopy(session.openBook().sqlite, next, {
      key: to.key,
      sourceKey: from,
      ...(session.options.nativeBinding === undefined ? {} : { nativeBinding: session.options.nativeBinding }),
    });
    killPoint('copied');
    if (to.keys !== null) session.saveKeys(to.keys);
    killPoint('keys-written');
    // Closing the last connection checkpoints the WAL into the old book and removes it: nothing
    // of the old book's WAL may be replayed onto the new one.
    await session.closeConnections();
    killPoint('closed');
    removeWal(file);
    fs.renameSync(next, file);
    syncDir(path.dirname(file));
  } catch (error) {
    fs.rmSync(next, { force: true });
    if (before === null) session.dropKeys();
    else if (to.keys !== null) session.saveKeys(before);
    if (session.locked) await session.open(from);
    else allowWorkers();
    throw AppError.saying('INTERNAL', 'protectionSwitchFailed', { reason: errorText(error) });
  }
  killPoint('swapped');
  // A sync copy kept from an earlier membership holds the book in the old mode (in the clear, after
  // protection went on): it goes, and a later join makes it again in the new one.
  fs.rmSync(copyFolderOf(file), { recursive: true, force: true });
  if (to.keys === null) {
    session.dropKeys();
    syncDir(path.dirname(file));
  }
  await session.open(to.key);
}
