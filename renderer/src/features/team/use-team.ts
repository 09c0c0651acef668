import { useCallback, useEffect, useState } from 'react';
import type { Team } from '../../../../shared/contract';
import type { Result } from '../../../../shared/domain/result';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';

// The team as every part of the page last heard it: a change made in Settings shows at once in the
// top bar, the customer list and the customer's page, each of which holds its own copy.
const teamChanged = 'shuke:team-changed';

function share(team: Team): void {
  window.dispatchEvent(new CustomEvent<Team>(teamChanged, { detail: team }));
}

/**
 * The book's staff, this counter's name and who is at it, read once and kept current; `change`
 * runs a team call and, when it succeeds, tells every other holder (a failure is said by useCall).
 */
export function useTeam() {
  const api = useApi();
  const call = useCall();
  const [team, setTeam] = useState<Team | null>(null);

  useEffect(() => {
    let live = true;
    void api['team.get']({}).then((reply) => {
      if (live && reply.ok) setTeam(reply.value);
    });
    const heard = (event: Event) => {
      if (event instanceof CustomEvent) setTeam(event.detail as Team);
    };
    window.addEventListener(teamChanged, heard);
    return () => {
      live = false;
      window.removeEventListener(teamChanged, heard);
    };
  }, [api]);

  const change = useCallback(
    async (pending: Promise<Result<Team>>): Promise<Team | null> => {
      const next = await call(pending);
      if (next !== null) share(next);
      return next;
    },
    [call],
  );

  return { team, change };
}

/** "柜台 1 · 小王": where and by whom an entry was written, or null when neither is known. */
export function writtenByText(entry: { writtenOn: string | null; writtenBy: string | null }): string | null {
  const parts = [entry.writtenOn, entry.writtenBy].filter((p): p is string => p !== null && p !== '');
  return parts.length === 0 ? null : parts.join(' · ');
}
