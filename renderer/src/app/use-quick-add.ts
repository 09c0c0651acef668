import { useCallback, useState } from 'react';
import type { NewCustomerSeed } from '../features/lookup/LookupBox';

const emptySeed: NewCustomerSeed = { name: '', phone: '' };

/** Whether quick-add is open and what it starts from: a blank form, or what the lookup was given. */
export function useQuickAdd() {
  const [adding, setAdding] = useState(false);
  const [seed, setSeed] = useState<NewCustomerSeed>(emptySeed);
  // Stable, so the shell's key listener is added once.
  const startAdding = useCallback((from: NewCustomerSeed = emptySeed) => {
    setSeed(from);
    setAdding(true);
  }, []);
  return { adding, setAdding, seed, startAdding };
}
