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
  'backup.status': defineCall({
    summary: 'When the book was last backed up and verified, and where backups go.',
    input: z.object({}).strict(),
    output: z.object({ lastAt: instantSchema.nullable(), lastFile: z.string().nullable(), dir: z.string().nullable() }),
  }),
};
