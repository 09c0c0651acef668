import { z } from 'zod';
import { defineCall } from './define-call';
import { instantSchema } from './common';

export const backupResultSchema = z.object({
  file: z.string(),
  bytes: z.int(),
  at: instantSchema,
  customers: z.int(),
});

export const backupContract = {
  'backup.now': defineCall({
    summary: "Back the book up now into its backups folder, made with SQLite's VACUUM INTO and verified before it is reported.",
    input: z.object({}).strict(),
    output: backupResultSchema,
  }),
  'backup.restore': defineCall({
    summary: 'Restore a backup file over the book: checked first, the current book snapshotted, then swapped in and reopened.',
    input: z.object({ file: z.string().trim().min(1, 'say which backup file').max(4096, 'path is too long') }).strict(),
    output: z.object({ restoredFrom: z.string(), customers: z.int(), snapshot: z.string() }),
  }),
  'backup.setFolder': defineCall({
    summary:
      'Send backups to another folder (a USB stick, a NAS share), checked for writing first; null goes back to the default beside the book.',
    input: z.object({ dir: z.string().trim().min(1, 'say which folder').max(4096, 'path is too long').nullable() }).strict(),
    output: z.object({ lastAt: instantSchema.nullable(), lastFile: z.string().nullable(), dir: z.string().nullable() }),
  }),
  'backup.status': defineCall({
    summary: 'When the book was last backed up and verified, and where backups go.',
    input: z.object({}).strict(),
    output: z.object({ lastAt: instantSchema.nullable(), lastFile: z.string().nullable(), dir: z.string().nullable() }),
  }),
};
