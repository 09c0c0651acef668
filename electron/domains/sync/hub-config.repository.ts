import type { Db } from '../../db/database';
import { hubUrlKey } from '../../db/replication-marks';
import { lastSyncedKey } from './sync-status.service';

/** The hub this book replicates with, as this device keeps it (in sync_state, which never replicates). */
export interface HubConfig {
  url: string;
  username: string | null;
  deviceName: string;
  plainHttp: boolean;
  /** How documents left the book when it joined: in the clear, or sealed with its key. */
  mode: 'plain' | 'sealed';
}

const keys = {
  url: hubUrlKey,
  username: 'hub.username',
  deviceName: 'device.name',
  plainHttp: 'hub.plainHttp',
  mode: 'hub.mode',
} as const;

export async function readHubConfig(db: Db): Promise<HubConfig | null> {
  const rows = await db.selectFrom('sync_state').select(['key', 'value']).where('key', 'in', Object.values(keys)).execute();
  const value = new Map(rows.map((r) => [r.key, r.value]));
  const url = value.get(keys.url);
  if (url === undefined) return null;
  return {
    url,
    username: value.get(keys.username) ?? null,
    deviceName: value.get(keys.deviceName) ?? '',
    plainHttp: value.get(keys.plainHttp) === '1',
    mode: value.get(keys.mode) === 'sealed' ? 'sealed' : 'plain',
  };
}

export async function writeHubConfig(db: Db, config: HubConfig): Promise<void> {
  const rows = [
    { key: keys.url, value: config.url },
    { key: keys.deviceName, value: config.deviceName },
    { key: keys.plainHttp, value: config.plainHttp ? '1' : '0' },
    { key: keys.mode, value: config.mode },
    ...(config.username === null ? [] : [{ key: keys.username, value: config.username }]),
  ];
  await db.deleteFrom('sync_state').where('key', 'in', Object.values(keys)).execute();
  await db.insertInto('sync_state').values(rows).execute();
}

/**
 * Forgets the hub; the book keeps everything it holds. What ties the book to its copy (the copy's
 * id, the checkpoint, writes not sent yet: keys under `replica.`) stays for joining the same hub
 * again; another hub, or a copy gone meanwhile, makes the copy again from the book.
 */
export async function forgetHub(db: Db): Promise<void> {
  await db
    .deleteFrom('sync_state')
    .where((eb) => eb.or([eb('key', 'not like', 'replica.%'), eb('key', '=', lastSyncedKey)]))
    .execute();
}

/** Whether the book has joined a hub, read straight from its connection as it opens (before any write). */
export function hasJoinedSync(sqlite: { prepare(sql: string): { get(...params: unknown[]): unknown } }): boolean {
  try {
    return sqlite.prepare('SELECT 1 FROM sync_state WHERE key = ?').get(keys.url) !== undefined;
  } catch {
    return false;
  }
}

/** Offers every document the book holds to the hub: each goes into the outbox once. */
export async function offerAll(db: Db, docIds: readonly string[]): Promise<void> {
  const start = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  let seq = Number(start?.seq ?? 0);
  for (let i = 0; i < docIds.length; i += 500) {
    const rows = docIds.slice(i, i + 500).map((doc_id) => ({ doc_id, seq: (seq += 1) }));
    await db
      .insertInto('sync_outbox')
      .values(rows)
      .onConflict((oc) => oc.column('doc_id').doNothing())
      .execute();
  }
}
