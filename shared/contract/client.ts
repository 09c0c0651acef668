import { contract, callNames, type CallInput, type CallName, type CallOutput, type ShukeClient, type Transport } from './index';
import type { Result } from '../domain/result';

/**
 * Builds the typed client over any transport (IPC, HTTP, in-process). Replies are checked against
 * the contract on arrival too, so a reply of the wrong shape becomes an error, not a broken screen.
 */
export function createClient(transport: Transport): ShukeClient {
  function bind<K extends CallName>(name: K) {
    return async (input: CallInput<K>): Promise<Result<CallOutput<K>>> => {
      let reply: Result<unknown>;
      try {
        reply = await transport(name, input);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'INTERNAL', message: `Could not reach the customer book: ${message}` } };
      }
      if (!reply.ok) return reply;
      const parsed = contract[name].output.safeParse(reply.value);
      if (!parsed.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `The reply to ${name} was not in the expected shape.` } };
      }
      return { ok: true, value: parsed.data as CallOutput<K> };
    };
  }
  return Object.fromEntries(callNames.map((name) => [name, bind(name)])) as ShukeClient;
}
