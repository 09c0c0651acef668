import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Browser mode's uploaded backups wait here between "show me what this is" and "yes, restore it":
 * one private folder for the run, holding only the newest upload, removed when the server stops.
 */
export function createRestoreStaging(): { stage(uploaded: string): string; clear(): void } {
  let dir: string | null = null;
  let count = 0;
  return {
    stage(uploaded) {
      dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-restore-'));
      for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { force: true });
      count += 1;
      const staged = path.join(dir, `uploaded-backup-${count}.sqlite`);
      fs.copyFileSync(uploaded, staged);
      return staged;
    },
    clear() {
      if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
