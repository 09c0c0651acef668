import type { Db } from './database';

/**
 * What the book and its folder show of replication, for the domains beneath sync (protection must
 * know whether the book is joined, and where its copy lies) without importing it. The sync domain
 * writes both; these names are its own.
 */
export const hubUrlKey = 'hub.url';

/** The folder of the counter's PouchDB copy of the book, beside its file. */
export function copyFolderOf(bookFile: string): string {
  return `${bookFile}.sync`;
}

/** Whether the book replicates with a hub now. */
export async function joinedHub(db: Db): Promise<boolean> {
  const row = await db.selectFrom('sync_state').select('key').where('key', '=', hubUrlKey).executeTakeFirst();
  return row !== undefined;
}
