import type { Db } from '../../db/database';
import type { Sealer } from '../protection/file-keyring';
import { readSyncState, writeSyncState } from './sync-state.repository';

/**
 * This device's hub password, sealed by the operating system's keyring, in the book's sync_state:
 * that table never replicates, leaving the hub forgets it with the rest, and the sealed text opens
 * only for this user on this computer (a backup or a copy of the book carries nothing usable).
 */
export const sealedPasswordKey = 'hub.password.sealed';

/** A real keyring is there to seal with; a sealer that fails to answer counts as none. */
export function canSeal(sealer: Sealer | undefined): sealer is Sealer {
  try {
    return sealer?.available() ?? false;
  } catch {
    return false;
  }
}

/**
 * Keeps the hub's password for the next start: sealed when this device has a real keyring. No
 * password forgets any kept one. Without a keyring (browser mode, Linux with none) the password is
 * held in memory only and a sealed one is left as it is: the desktop app on this computer may have
 * sealed it, and it opens there. Answers whether the password is now kept sealed.
 */
export async function keepHubPassword(db: Db, sealer: Sealer | undefined, password: string | null): Promise<boolean> {
  if (password === null) {
    await db.deleteFrom('sync_state').where('key', '=', sealedPasswordKey).execute();
    return false;
  }
  if (!canSeal(sealer)) return false;
  let sealed: string;
  try {
    sealed = sealer.seal(password).toString('base64');
  } catch (error) {
    // A keyring that fails now (locked, gone) leaves the password for this run only: syncing goes on.
    console.error('[shuke] the hub password could not be sealed', error);
    return false;
  }
  await writeSyncState(db, sealedPasswordKey, sealed);
  return true;
}

/**
 * The password kept sealed for this book: 'none' when none is kept or there is no keyring here to
 * open one (browser mode says so by itself), 'unreadable' when the keyring cannot open it.
 */
export async function openHubPassword(db: Db, sealer: Sealer | undefined): Promise<{ password: string } | 'none' | 'unreadable'> {
  const sealed = await readSyncState(db, sealedPasswordKey);
  if (sealed === undefined || !canSeal(sealer)) return 'none';
  try {
    return { password: sealer.open(Buffer.from(sealed, 'base64')) };
  } catch {
    // Another user of this computer, a reset keyring, a book copied from elsewhere: ask again.
    return 'unreadable';
  }
}
