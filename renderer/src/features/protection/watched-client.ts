import { callNames, type CallName, type ShukeClient } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/domain/result';

export interface Watcher {
  /** A call went out at `at` (ms): the book counts any call as someone being there. */
  onCall(at: number): void;
  /** A call other than protection's own was refused: the book may have locked itself meanwhile. */
  onRefused(name: CallName, error: AppErrorShape): void;
}

const isProtectionCall = (name: CallName) => name.startsWith('protection.');

/**
 * The client the pages use, watched: a refusal may mean the book locked itself (idle, the OS went
 * to sleep, another window), so the shell asks the book rather than trust a particular error code.
 */
export function watchClient(client: ShukeClient, watcher: Watcher): ShukeClient {
  const watched: Partial<Record<CallName, unknown>> = {};
  for (const name of callNames) {
    const call = client[name] as (input: unknown) => Promise<Result<unknown>>;
    watched[name] = async (input: unknown) => {
      watcher.onCall(Date.now());
      const result = await call(input);
      if (!result.ok && !isProtectionCall(name)) watcher.onRefused(name, result.error);
      return result;
    };
  }
  return watched as ShukeClient;
}
