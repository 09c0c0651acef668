import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../api/app-error';
import { keysFileOf, readKeysFile } from '../domains/encryption/keys-file';

/**
 * Browser mode's uploaded backups wait here between "show me what this is" and "yes, restore it":
 * one private folder for the run, holding only the newest upload, removed when the server stops.
 */
export interface RestoreStaging {
  stage(uploaded: string, name: string | null): string;
  /**
   * Puts a protected backup's key file beside the staged backup, where the restore looks for it;
   * refused when the file is not a key file or the backup is not the one staged now.
   */
  stageKeys(uploaded: string, staged: string): void;
  clear(): void;
}

export function createRestoreStaging(): RestoreStaging {
  let dir: string | null = null;
  return {
    stage(uploaded, name) {
      dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-restore-'));
      for (const old of fs.readdirSync(dir)) fs.rmSync(path.join(dir, old), { force: true });
      // Keeps the name the person knows the file by (Today says "restored from shuke-….sqlite"),
      // reduced to a plain file name so it cannot point anywhere else.
      const plain = path
        .basename((name ?? '').replace(/[\\/]/g, '_'))
        .replace(/[^\p{L}\p{N}._ -]/gu, '_')
        .slice(0, 120);
      const staged = path.join(dir, plain === '' || plain.startsWith('.') ? 'uploaded-backup.sqlite' : plain);
      fs.copyFileSync(uploaded, staged);
      return staged;
    },
    stageKeys(uploaded, staged) {
      if (dir === null || path.dirname(staged) !== dir || !fs.existsSync(staged)) throw AppError.saying('NOT_FOUND', 'chosenFileUnknown');
      try {
        if (readKeysFile(uploaded) === null) throw new Error('gone');
      } catch {
        throw AppError.saying('INVALID_INPUT', 'backupKeysUnreadable');
      }
      fs.copyFileSync(uploaded, keysFileOf(staged));
    },
    clear() {
      if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
