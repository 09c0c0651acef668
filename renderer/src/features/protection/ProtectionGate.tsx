import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProtectionStatus } from '../../../../shared/contract';
import { ApiContext, useApi } from '../../api';
import { ComposerDraftsContext, type ComposerDrafts } from '../diary/composer-drafts';
import { ProtectionContext, type ProtectionApi } from './protection-context';
import { SingleFlight } from './single-flight';
import { UnlockScreen } from './UnlockScreen';
import { CallClock, useActivityLock } from './use-activity-lock';
import { watchClient } from './watched-client';

/** The desktop shell tells the page when the OS locked the screen or slept (electron/main/lock-on-sleep.ts). */
export const lockedEvent = 'shuke:locked';

type Phase = 'checking' | 'open' | 'locking' | 'locked';

/**
 * Above every page: while the book is locked only the unlock screen is mounted, so no customer
 * stays in the page. Locks on Ctrl/Cmd+L, after idle minutes, and whenever the book answers that
 * it is locked; unsaved diary drafts are held here, above the pages, and come back after unlock.
 */
export function ProtectionGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState<ProtectionStatus | null>(null);
  const [phase, setPhase] = useState<Phase>('checking');
  const [drafts] = useState<ComposerDrafts>(() => new Map());
  const [calls] = useState(() => new CallClock());

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

  const watched = useMemo(
    () =>
      watchClient(api, {
        onCall: (at) => calls.touch(at),
        onRefused: (_name, error) => {
          // The book says so itself: take the page down now, then ask for the count and the wait.
          if (error.code === 'LOCKED') setPhase('locked');
          void ask();
        },
      }),
    [api, ask, calls],
  );

  useEffect(() => {
    void ask();
    const onLocked = () => void ask();
    window.addEventListener(lockedEvent, onLocked);
    return () => window.removeEventListener(lockedEvent, onLocked);
  }, [ask]);

  const open = phase === 'open' && status?.protected === true;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, lockNow]);

  useActivityLock({
    enabled: open,
    idleMinutes: status?.idleMinutes ?? 0,
    onIdle: () => void lockNow(),
    heartbeat: () => void ask(),
    calls,
  });

  const context = useMemo<ProtectionApi>(() => ({ status, lockNow: () => void lockNow(), update: follow }), [status, lockNow, follow]);

  return (
    <ApiContext.Provider value={watched}>
      <ProtectionContext.Provider value={context}>
        <ComposerDraftsContext.Provider value={drafts}>
          {phase === 'open' && children}
          {(phase === 'locked' || phase === 'locking') && (
            <UnlockScreen status={status} locking={phase === 'locking'} onUnlocked={follow} />
          )}
        </ComposerDraftsContext.Provider>
      </ProtectionContext.Provider>
    </ApiContext.Provider>
  );
}
