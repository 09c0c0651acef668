import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { copyAndVerify, type CopyRequest } from './copy-book';
import type { BackupCheck } from './verify-backup';

const checkSchema = z.object({
  ok: z.boolean(),
  problem: z.string().nullable(),
  kind: z.enum(['unopenable', 'foreign', 'damaged', 'newer', 'unreadable', 'bookUnreadable', 'unwritable']).nullable(),
  detail: z.string(),
  customers: z.number(),
});

/**
 * Runs copyAndVerify in the bundled backup worker when there is one; where the code runs from
 * source (unit tests) or the worker cannot start, on this thread. A problem inside the copy comes
 * back as a failed check, so only a worker that could not run at all falls back.
 */
export async function runCopy(request: CopyRequest, workerFile: string | undefined): Promise<BackupCheck> {
  if (workerFile === undefined || !fs.existsSync(workerFile)) return copyAndVerify(request);
  const answer = await new Promise<unknown>((resolve) => {
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    const settle = (value: unknown) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    worker.once('message', settle);
    worker.once('error', () => settle(null));
    worker.once('exit', () => settle(null));
  });
  const check = checkSchema.safeParse(answer);
  return check.success ? check.data : copyAndVerify(request);
}
