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

/**
 * A file a person chose (in the desktop app's own dialog, or by uploading it in browser mode), as the
 * id the app gave it: the page never names a path on this machine.
 */
const chosenSchema = z.string().trim().min(1, vk('backupFileNeeded')).max(100);

/**
 * The passcode or recovery code of a protected backup from another book (or another computer):
 * asked for when the call is refused with backupNeedsSecret. A backup of this very book needs none.
 */
const backupSecretSchema = z.string().min(1).max(256).optional();

export const backupContract = {
  'backup.now': defineCall({
    summary:
      "Back the book up now, made with SQLite's VACUUM INTO and verified before it is reported: into its backups folder, or into a new file a person chose to save it as (the desktop's save dialog, the command line's --out), by the id the app gave that file.",
    input: z.object({ to: chosenSchema.optional() }).strict(),
    output: backupResultSchema,
  }),
  'backup.choose': defineCall({
    summary:
      'Desktop app: open the system’s file dialog for a backup to restore; answers the chosen file’s id (null if the person cancelled). Browser mode uploads the file to /upload/restore instead.',
    input: z.object({}).strict(),
    output: z.object({ chosen: z.string().nullable() }),
  }),
  'backup.inspect': defineCall({
    summary:
      'Check a chosen backup file and describe it beside the open book (customers, entries, newest entry, when made, which Shuke), changing nothing: what a person confirms before a restore.',
    input: z.object({ chosen: chosenSchema, secret: backupSecretSchema }).strict(),
    output: z.object({ chosen: z.string(), name: z.string(), backup: bookSummarySchema, current: bookSummarySchema }),
  }),
  'backup.restore': defineCall({
    summary:
      'Restore a chosen backup file over the book (after backup.inspect and a person confirming): checked again, the current book kept, then swapped in and reopened while other calls wait.',
    input: z.object({ chosen: chosenSchema, secret: backupSecretSchema }).strict(),
    output: z.object({ restoredFrom: z.string(), customers: z.int(), snapshot: z.string() }),
  }),
  'backup.undoRestore': defineCall({
    summary: 'Put back the book as it was before the last restore; the book as it is now is kept as well.',
    input: z.object({}).strict(),
    output: z.object({ restoredFrom: z.string(), customers: z.int(), snapshot: z.string() }),
  }),
  'backup.setFolder': defineCall({
    summary:
      'Send backups to another folder (a USB stick, a NAS share), checked for writing first: "choose" opens the desktop app’s folder dialog (nothing changes if cancelled), "default" goes back to the folder beside the book.',
    input: z.object({ folder: z.enum(['choose', 'default']) }).strict(),
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
