import { z } from 'zod';
import { firstAnswer, WorkerStopped } from '../../workers/first-answer';
import { copyAndVerify, type CopyRequest } from './copy-book';
import { backupProblems, type BackupCheck } from './verify-backup';
import { errorText } from '../../../shared/error-text';

const checkSchema = z.object({
  ok: z.boolean(),
  problem: z.string().nullable(),
  kind: z.enum(backupProblems).nullable(),
  detail: z.string(),
  customers: z.number(),
});

/** Told how the backup worker did: `failed` when it could not work and the copy was made on this thread instead. */
export interface WorkerReport {
  failed(reason: string): Promise<void> | void;
  succeeded(): Promise<void> | void;
}

/**
 * Runs copyAndVerify in the bundled backup worker when there is one; where the code runs from
 * source (unit tests) or the worker cannot start, on this thread. A problem inside the copy comes
 * back as a failed check, so only a worker that could not run at all falls back, and never
 * silently: the cause goes to the log and to `report` (which records it for Today).
 */
export async function runCopy(request: CopyRequest, workerFile: string | undefined, report?: WorkerReport): Promise<BackupCheck> {
  if (workerFile === undefined) return copyAndVerify(request);
  let reason = '';
  const answer = await firstAnswer(workerFile, request).catch((error: unknown) => {
    // Locked meanwhile: the copy is abandoned, never redone here with a key about to be forgotten.
    if (error instanceof WorkerStopped) throw error;
    reason = `the backup worker failed: ${errorText(error)}`;
    return null;
  });
  const check = checkSchema.safeParse(answer);
  if (check.success) {
    await report?.succeeded();
    return check.data;
  }
  if (reason === '') reason = `the backup worker answered something else: ${check.error.message.slice(0, 200)}`;
  console.error(`[shuke] ${reason}; copying the book on the main thread instead`);
  await report?.failed(`${reason} (the backup was made without it)`);
  return copyAndVerify(request);
}
