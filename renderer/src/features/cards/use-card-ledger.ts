import { useEffect, useState } from 'react';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import type { LedgerLine } from './ledger-line-text';

/** Everything a ledger holds: the app reads up to this many lines, which is every line of any real card. */
const allLines = 10_000;

/** A customer's whole card ledger, oldest line first like a statement; null until it arrives. */
export function useCardLedger(customerId: string): LedgerLine[] | null {
  const api = useApi();
  const call = useCall();
  const [lines, setLines] = useState<LedgerLine[] | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['cards.ledger']({ customerId, limit: allLines })).then((value) => {
      if (live && value !== null) setLines([...value.items].reverse());
    });
    return () => {
      live = false;
    };
  }, [api, call, customerId]);

  return lines;
}
