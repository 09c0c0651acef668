import { z } from 'zod';
import { firstAnswer } from '../../workers/first-answer';
import { copyAndVerify, type CopyRequest } from './copy-book';
import { backupProblems, type BackupCheck } from './verify-backup';

const checkSchema = z.object({
  ok: z.boolean(),
  problem: z.string().nullable(),
  kind: z.enum(backupProblems).nullable(),
  detail: z.string(),
  customers: z.number(),
});

/**
 * Runs copyAndVerify in the bundled backup worker when there is one; where the code runs from
 * source (unit tests) or the worker cannot start, on this thread. A problem inside the copy comes
 * back as a failed check, so only a worker that could not run at all falls back.
 */
export async function runCopy(request: CopyRequest, workerFile: string | undefined): Promise<BackupCheck> {
  if (workerFile === undefined) return copyAndVerify(request);
  const check = checkSchema.safeParse(await firstAnswer(workerFile, request).catch(() => null));
  return check.success ? check.data : copyAndVerify(request);
}
