import { z } from 'zod';
import { englishMessage, type MessageKey, type MessageParams } from '../domain/messages';
import { errorCodes, type Result } from '../domain/result';
import { contract, callNames, type CallInput, type CallName, type CallOutput, type ShukeClient, type Transport } from './index';
import { errorText } from '../error-text';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A failed reply's error, as every transport carries it. */
export const errorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  key: z.string().optional(),
  params: paramsSchema.optional(),
  issues: z.array(z.object({ path: z.array(z.string()), key: z.string(), params: paramsSchema })).optional(),
});

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

/** A failure on the way to the book or back, worded by key like the book's own refusals. */
function failure(key: MessageKey, params: MessageParams): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: englishMessage(key, params), key, params } };
}

/**
 * Builds the typed client over any transport (IPC, HTTP, in-process). Replies are checked against
 * the contract on arrival too, so a reply of the wrong shape becomes an error, not a broken screen.
 */
export function createClient(transport: Transport): ShukeClient {
  function bind<K extends CallName>(name: K) {
    return async (input: CallInput<K>): Promise<Result<CallOutput<K>>> => {
      let raw: unknown;
      try {
        raw = await transport(name, input);
      } catch (error) {
        return failure('bookUnreachable', { call: name, reason: errorText(error) });
      }
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) {
        return failure('replyNotUnderstood', { call: name });
      }
      if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
      const parsed = contract[name].output.safeParse(envelope.data.value);
      if (!parsed.success) {
        return failure('replyNotUnderstood', { call: name });
      }
      return { ok: true, value: parsed.data as CallOutput<K> };
    };
  }
  return Object.fromEntries(callNames.map((name) => [name, bind(name)])) as ShukeClient;
}
