import { z } from 'zod';
import { errorSchema } from '../../../../shared/contract/client';

export const uploadReplySchema = z.union([
  // A staged backup is answered with its chosen-file id; a staged key file with nothing more.
  z.object({ ok: z.literal(true), value: z.object({ chosen: z.string().optional() }).loose() }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

type UploadError = z.infer<typeof errorSchema>;

/** The first file that is not a key file is the backup; a `.keys.json` chosen with it comes along. */
export function splitChosen(files: File[]): { backup: File | undefined; keys: File | undefined } {
  return { backup: files.find((f) => !f.name.endsWith('.json')), keys: files.find((f) => f.name.endsWith('.json')) };
}

/** Browser mode's answer to an upload: its value, or its refusal (an answer not understood is one too). */
export function readUpload(raw: unknown): { ok: true; value: { chosen?: string | undefined } } | { ok: false; error: UploadError } {
  const reply = uploadReplySchema.safeParse(raw);
  if (reply.success && reply.data.ok) return { ok: true, value: reply.data.value };
  const error: UploadError =
    reply.success && !reply.data.ok ? reply.data.error : { code: 'INTERNAL' as const, message: '', key: 'replyNotUnderstood' };
  return { ok: false, error };
}
