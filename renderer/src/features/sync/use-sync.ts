import { useEffect, useState } from 'react';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import type { SyncConflict, SyncStatus } from './sync-words';

// While a round runs elsewhere (started at app start, or by the hub's changes), the page asks again so it ends truthfully.
const runningPollMs = 2000;

/** The sync status, and while joined the open conflicts (fetched again after each round). */
export function useSync() {
  const api = useApi();
  const call = useCall();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  const joined = status?.joined ?? false;
  const running = status?.running ?? false;
  const lastSyncedAt = status?.lastSyncedAt ?? null;

  useEffect(() => {
    let live = true;
    void call(api['sync.status']({})).then((s) => {
      if (live && s !== null) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  useEffect(() => {
    if (!joined) return;
    let live = true;
    void call(api['sync.conflicts']({})).then((c) => {
      if (live && c !== null) setConflicts(c.items);
    });
    return () => {
      live = false;
    };
  }, [api, call, joined, lastSyncedAt]);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      void api['sync.status']({}).then((r) => {
        if (r.ok) setStatus(r.value);
      });
    }, runningPollMs);
    return () => window.clearInterval(timer);
  }, [api, running]);

  return { status, setStatus, conflicts, setConflicts };
}
