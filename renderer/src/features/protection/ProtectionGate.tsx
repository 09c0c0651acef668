import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiContext, useApi } from '../../api';
import { ComposerDraftsContext, type ComposerDrafts } from '../diary/composer-drafts';
import { ProtectionContext, type ProtectionApi } from './protection-context';
import { UnlockScreen } from './UnlockScreen';
import { CallClock, useActivityLock } from './use-activity-lock';
import { useLockShortcut } from './use-lock-shortcut';
import { useProtectionStatus } from './use-protection-status';
import { watchClient } from './watched-client';

/** The desktop shell tells the page when the OS locked the screen or slept (electron/main/lock-on-sleep.ts). */
export const lockedEvent = 'shuke:locked';

/**
 * Above every page: while the book is locked only the unlock screen is mounted, so no customer
 * stays in the page. Locks on Ctrl/Cmd+L, after idle minutes, and whenever the book answers that
 * it is locked; unsaved diary drafts are held here, above the pages, and come back after unlock.
 */
export function ProtectionGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [drafts] = useState<ComposerDrafts>(() => new Map());
  const [calls] = useState(() => new CallClock());
  const { status, phase, setPhase, follow, ask, lockNow } = useProtectionStatus(api, calls);

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
    // setPhase is a state setter, the same on every render.
    [api, ask, calls, setPhase],
  );

  useEffect(() => {
    void ask();
    const onLocked = () => void ask();
    window.addEventListener(lockedEvent, onLocked);
    return () => window.removeEventListener(lockedEvent, onLocked);
  }, [ask]);

  const open = phase === 'open' && status?.protected === true;
  useLockShortcut(open, lockNow);

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
