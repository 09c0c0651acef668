import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Browser mode's uploaded backups wait here between "show me what this is" and "yes, restore it":
 * one private folder for the run, holding only the newest upload, removed when the server stops.
 */
export function createRestoreStaging(): { stage(uploaded: string, name: string | null): string; clear(): void } {
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
    clear() {
      if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
