import { createContext, useContext } from 'react';
import type { ProtectionStatus } from '../../../../shared/contract';

export interface ProtectionApi {
  /** What the book said last; null until it answered, or when it cannot be protected (an older book server). */
  status: ProtectionStatus | null;
  /** Lock now: the pages are taken down and the book forgets its key. */
  lockNow(): void;
  /** A protection call answered a new status (enable, disable, options): the shell follows it. */
  update(status: ProtectionStatus): void;
}

const unprotected: ProtectionApi = { status: null, lockNow: () => undefined, update: () => undefined };

export const ProtectionContext = createContext<ProtectionApi>(unprotected);

/** The book's protection as the shell knows it; outside the gate (a lone component in a test) it is unprotected. */
export function useProtection(): ProtectionApi {
  return useContext(ProtectionContext);
}

/** Whether the book is protected by a passcode now. */
export function useIsProtected(): boolean {
  return useProtection().status?.protected === true;
}
