import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';

/** Whole seconds until a try is accepted again (0: now). */
export function secondsUntil(retryAt: string | null | undefined, now: number): number {
  if (retryAt === null || retryAt === undefined) return 0;
  return Math.max(0, Math.ceil((Date.parse(retryAt) - now) / 1000));
}

/** "27 s", "2 min 05 s": the wait as a person reads it on the unlock screen. */
export function waitText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('protection.waitSeconds', { s: seconds });
  return t('protection.waitMinutes', { m: Math.floor(seconds / 60), s: String(seconds % 60).padStart(2, '0') });
}

/**
 * Seconds until `retryAt`, counting down each second while there is a wait; call `sync` when a
 * fresh `retryAt` arrives, so the count starts from the time it was learned.
 */
export function useCountdown(retryAt: string | null | undefined): { seconds: number; sync(): void } {
  const [now, setNow] = useState(() => Date.now());
  const seconds = secondsUntil(retryAt, now);
  const waiting = seconds > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  return { seconds, sync: () => setNow(Date.now()) };
}
