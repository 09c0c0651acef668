import type { CallOutput } from '../../../shared/contract';
import type { Db } from '../../db/database';
import { deleteSetting, readSettings, writeSetting } from '../settings/settings.repository';

const restoreSettings = { at: 'restore.at', from: 'restore.from', snapshot: 'restore.snapshot' } as const;

/** How long after a restore it is offered to be undone. */
const undoWindowMs = 24 * 3600_000;

/**
 * Writes into a restored book what it keeps from the one it replaced, and the restore itself. The
 * backups folder and the newest backup describe the shop's files, not the book's contents, so they
 * stay: Today must not say "no backup yet" beside a folder of verified backups.
 */
export async function carryOver(
  db: Db,
  kept: Map<string, string>,
  restore: Record<keyof typeof restoreSettings, string> | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const incoming = await readSettings(trx);
    const keptAt = kept.get('backup.lastAt');
    if (keptAt !== undefined && keptAt > (incoming.get('backup.lastAt') ?? '')) {
      await writeSetting(trx, 'backup.lastAt', keptAt);
      await writeSetting(trx, 'backup.lastFile', kept.get('backup.lastFile') ?? '');
    }
    const dir = kept.get('backup.dir');
    if (dir === undefined) await deleteSetting(trx, 'backup.dir');
    else await writeSetting(trx, 'backup.dir', dir);
    for (const [name, key] of Object.entries(restoreSettings) as [keyof typeof restoreSettings, string][]) {
      if (restore === null) await deleteSetting(trx, key);
      else await writeSetting(trx, key, restore[name]);
    }
  });
}

/** The last restore, while it can still be undone. */
export async function lastRestore(db: Db, now: Date): Promise<CallOutput<'backup.status'>['lastRestore']> {
  const settings = await readSettings(db);
  const [at, from, snapshot] = [
    settings.get(restoreSettings.at),
    settings.get(restoreSettings.from),
    settings.get(restoreSettings.snapshot),
  ];
  if (at === undefined || from === undefined || snapshot === undefined) return null;
  if (now.getTime() - new Date(at).getTime() > undoWindowMs) return null;
  return { at, from, snapshot };
}
