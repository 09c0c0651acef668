import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { vk } from './validation';

export const backupResultSchema = z.object({
  file: z.string(),
  bytes: z.int(),
  at: instantSchema,
  customers: z.int(),
});

/** What a person needs to tell two books apart before one replaces the other. */
export const bookSummarySchema = z.object({
  customers: z.int(),
  entries: z.int(),
  /** When the newest diary entry happened; null for a book with none. */
  newestEntryAt: instantSchema.nullable(),
  /** When the file was last written (for a backup: when it was made). */
  madeAt: instantSchema.nullable(),
  /** The Shuke that last opened the book; null for books older than this record. */
  appVersion: z.string().nullable(),
});

const lastRestoreSchema = z.object({ at: instantSchema, from: z.string(), snapshot: z.string() });

const backupStatusSchema = z.object({
  lastAt: instantSchema.nullable(),
  lastFile: z.string().nullable(),
  dir: z.string().nullable(),
  /** The restore that can still be undone (within a day of it), or null. */
  lastRestore: lastRestoreSchema.nullable(),
});

const pathSchema = z.string().trim().min(1, vk('backupFileNeeded')).max(4096);

/**
 * The passcode or recovery code of a protected backup from another book (or another computer):
 * asked for when the call is refused with backupNeedsSecret. A backup of this very book needs none.
 */
const backupSecretSchema = z.string().min(1).max(256).optional();

export const backupContract = {
  'backup.now': defineCall({
    summary: "Back the book up now into its backups folder, made with SQLite's VACUUM INTO and verified before it is reported.",
    input: z.object({}).strict(),
    output: backupResultSchema,
  }),
  'backup.inspect': defineCall({
    summary:
      'Check a backup file and describe it beside the open book (customers, entries, newest entry, when made, which Shuke), changing nothing: what a person confirms before a restore.',
    input: z.object({ file: pathSchema, secret: backupSecretSchema }).strict(),
    output: z.object({ file: z.string(), backup: bookSummarySchema, current: bookSummarySchema }),
  }),
  'backup.restore': defineCall({
    summary:
      'Restore a backup file over the book (after backup.inspect and a person confirming): checked again, the current book kept, then swapped in and reopened while other calls wait.',
    input: z.object({ file: pathSchema, secret: backupSecretSchema }).strict(),
    output: z.object({ restoredFrom: z.string(), customers: z.int(), snapshot: z.string() }),
  }),
  'backup.undoRestore': defineCall({
    summary: 'Put back the book as it was before the last restore; the book as it is now is kept as well.',
    input: z.object({}).strict(),
    output: z.object({ restoredFrom: z.string(), customers: z.int(), snapshot: z.string() }),
  }),
  'backup.setFolder': defineCall({
    summary:
      'Send backups to another folder (a USB stick, a NAS share), checked for writing first; null goes back to the default beside the book.',
    input: z.object({ dir: z.string().trim().min(1, vk('folderNeeded')).max(4096).nullable() }).strict(),
    output: backupStatusSchema,
  }),
  'backup.forgetCustomer': defineCall({
    summary:
      'After a customer was deleted for good: which backups (and safety copies, and snapshots) still hold them; with rewrite, each of those is rewritten without them (verified, then swapped in). A backup this book cannot open is listed with holds null, for the owner to delete.',
    input: z.object({ id: idSchema, rewrite: z.boolean() }).strict(),
    output: z.object({
      id: idSchema,
      backups: z.array(
        z.object({
          file: z.string(),
          /** Whether it still holds the customer; null: it could not be read here (protected under another key, or damaged). */
          holds: z.boolean().nullable(),
          /** Rewritten by this call without the customer. */
          rewritten: z.boolean(),
        }),
      ),
    }),
  }),
  'backup.status': defineCall({
    summary: 'When the book was last backed up and verified, where backups go, and a restore that can still be undone.',
    input: z.object({}).strict(),
    output: backupStatusSchema,
  }),
};
