import { useCallback, useState } from 'react';
import { useApi } from '../../api';
import { reopenAt } from '../../app/reopen-page';
import { useCall } from '../../app/use-call';

/** Puts the sample book or the real one in the open book's place, then starts the page again on the customer list. */
export function useSwitchBook(): { switching: boolean; switchTo(kind: 'sample' | 'real'): Promise<void> } {
  const api = useApi();
  const call = useCall();
  const [switching, setSwitching] = useState(false);
  const switchTo = useCallback(
    async (kind: 'sample' | 'real') => {
      setSwitching(true);
      const done = await call(kind === 'sample' ? api['book.openSample']({}) : api['book.openReal']({}));
      if (done === null) {
        setSwitching(false);
        return;
      }
      reopenAt({ name: 'customers' });
    },
    [api, call],
  );
  return { switching, switchTo };
}
