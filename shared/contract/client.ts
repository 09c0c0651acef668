import { z } from 'zod';
import { errorCodes, type Result } from '../domain/result';
import { contract, callNames, type CallInput, type CallName, type CallOutput, type ShukeClient, type Transport } from './index';

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
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'INTERNAL', message: `Could not reach the customer book: ${message}` } };
      }
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `The reply to ${name} was not understood.` } };
      }
      if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
      const parsed = contract[name].output.safeParse(envelope.data.value);
      if (!parsed.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `The reply to ${name} was not in the expected shape.` } };
      }
      return { ok: true, value: parsed.data as CallOutput<K> };
    };
  }
  return Object.fromEntries(callNames.map((name) => [name, bind(name)])) as ShukeClient;
}
