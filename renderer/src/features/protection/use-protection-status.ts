import { useCallback, useState } from 'react';
import type { ProtectionStatus, ShukeClient } from '../../../../shared/contract';
import { SingleFlight } from './single-flight';
import type { CallClock } from './use-activity-lock';

export type Phase = 'checking' | 'open' | 'locking' | 'locked';

/**
 * What the book says of its protection and whether the pages are up: asking it (one question at
 * a time), following its answers, and locking it now.
 */
export function useProtectionStatus(api: ShukeClient, calls: CallClock) {
  const [status, setStatus] = useState<ProtectionStatus | null>(null);
  const [phase, setPhase] = useState<Phase>('checking');

  const follow = useCallback((next: ProtectionStatus) => {
    setStatus(next);
    // An answer that left before a lock was asked for must not bring the pages back meanwhile.
    setPhase((p) => (next.locked ? 'locked' : p === 'locking' ? p : 'open'));
  }, []);

  // One question at a time: a burst of refusals asks the book once.
  const [asking] = useState(() => new SingleFlight<ProtectionStatus | null>());
  const ask = useCallback(
    () =>
      asking.run(async () => {
        calls.touch(Date.now());
        const result = await api['protection.status']({});
        if (result.ok) follow(result.value);
        // A book that cannot say (an older server) is not protected: open it as before.
        else setPhase((p) => (p === 'checking' ? 'open' : p));
        return result.ok ? result.value : null;
      }),
    [api, asking, calls, follow],
  );

  const lockNow = useCallback(async () => {
    setPhase('locking');
    calls.touch(Date.now());
    const result = await api['protection.lock']({});
    if (result.ok) {
      setPhase('open');
      return follow(result.value);
    }
    // The book would not lock (it was turned off meanwhile, or failed): show what it says it is.
    const now = await ask();
    if (now?.locked !== true) setPhase((p) => (p === 'locking' ? 'open' : p));
  }, [api, ask, calls, follow]);

  return { status, phase, setPhase, follow, ask, lockNow };
}
