import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import { createKysely, openSqlite } from '../../db/connection';
import { deleteCustomer } from '../customers/customers.repository';
import { isEncryptedFile, fsyncFile } from '../encryption/book-file-copy';
import { syncDir } from '../encryption/keys-file';
import { deleteCustomerTerms } from '../search/search.repository';
import { readSettings } from '../settings/settings.repository';
import { verifyBackup } from './verify-backup';

type Answer = CallOutput<'backup.forgetCustomer'>;
type Held = Answer['backups'][number];

/** Every book copy Shuke made and keeps: backups, safety copies before a restore, snapshots before an update. */
async function bookCopies(ctx: ServiceContext): Promise<string[]> {
  const chosen = (await readSettings(ctx.db)).get('backup.dir');
  const dirs = new Set<string>();
  if (chosen !== undefined && chosen !== '') dirs.add(chosen);
  if (ctx.backupDir !== undefined && ctx.backupDir !== null) dirs.add(ctx.backupDir);
  if (ctx.bookFile !== undefined) dirs.add(path.join(path.dirname(ctx.bookFile), 'snapshots'));
  return [...dirs].flatMap((dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => /\.sqlite$/.test(name))
          .map((name) => path.join(dir, name))
          .sort()
      : [],
  );
}

/** The key a copy opens with: none when plain, this book's own when made from it; null: it cannot be read here. */
function keyFor(ctx: ServiceContext, file: string): Buffer | undefined | null {
  if (!isEncryptedFile(file)) return undefined;
  const key = ctx.book?.currentKey() ?? null;
  return key !== null && verifyBackup(file, ctx.nativeBinding, key).ok ? key : null;
}

function holds(file: string, id: string, key: Buffer | undefined, nativeBinding?: string): boolean {
  const sqlite = openSqlite(file, {
    readonly: true,
    ...(key === undefined ? {} : { key }),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  try {
    return sqlite.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined;
  } finally {
    sqlite.close();
  }
}

/**
 * Rewrites one copy without the customer: a new file beside it (the customer and their search
 * keys deleted in one transaction, then VACUUM so no freed page keeps their words), verified,
 * flushed and renamed over the old copy. A failure leaves the old copy as it was.
 */
async function rewriteWithout(file: string, id: string, key: Buffer | undefined, nativeBinding?: string): Promise<void> {
  const next = `${file}.forgetting`;
  fs.copyFileSync(file, next);
  const options = { ...(key === undefined ? {} : { key }), ...(nativeBinding === undefined ? {} : { nativeBinding }) };
  const db = createKysely(openSqlite(next, options));
  try {
    await db.transaction().execute(async (trx) => {
      await deleteCustomerTerms(trx, id);
      await deleteCustomer(trx, id);
    });
    await sql`VACUUM`.execute(db);
  } catch (error) {
    await db.destroy();
    fs.rmSync(next, { force: true });
    throw error;
  }
  await db.destroy();
  const check = verifyBackup(next, nativeBinding, key);
  if (!check.ok || holds(next, id, key, nativeBinding)) {
    fs.rmSync(next, { force: true });
    throw new Error(`the rewritten copy of ${file} did not verify`);
  }
  fsyncFile(next);
  fs.renameSync(next, file);
  syncDir(path.dirname(file));
}

/**
 * After a customer was deleted for good: which of the book's copies still hold them, and, when
 * asked, each of those rewritten without them. A copy this book cannot open (protected under
 * another key) is named as unknown, for the owner to delete by hand.
 */
export async function forgetCustomerInBackups(ctx: ServiceContext, input: ParsedInput<'backup.forgetCustomer'>): Promise<Answer> {
  const backups: Held[] = [];
  for (const file of await bookCopies(ctx)) {
    const key = keyFor(ctx, file);
    if (key === null) {
      backups.push({ file, holds: null, rewritten: false });
      continue;
    }
    let held: boolean;
    try {
      held = holds(file, input.id, key, ctx.nativeBinding);
    } catch {
      backups.push({ file, holds: null, rewritten: false });
      continue;
    }
    if (!held || !input.rewrite) {
      backups.push({ file, holds: held, rewritten: false });
      continue;
    }
    await rewriteWithout(file, input.id, key, ctx.nativeBinding);
    backups.push({ file, holds: false, rewritten: true });
  }
  return { id: input.id, backups };
}
