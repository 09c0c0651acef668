import { addDays } from './calendar-date';

/**
 * When points expire, as Chinese shops set it: never (永久有效), at the end of the year they were
 * earned in (当年年底清零), or at the end of the next year (次年年底清零, the usual choice: points
 * earned any time in 2025 are good through 2026-12-31). Rolling "N months after earning" is left
 * out: a customer cannot keep it in their head, and the shops' own systems rarely offer it.
 */
export const pointsExpiryRules = ['never', 'endOfYear', 'endOfNextYear'] as const;
export type PointsExpiry = (typeof pointsExpiryRules)[number];

/**
 * The first day whose points have not expired on `today` (in the shop's days): points earned before
 * it are gone. Null when nothing has expired. Points already on a card when the rule was chosen
 * (`since`, the day it was) count as earned that day, so choosing a rule never takes away points
 * at once.
 */
export function expiryCutoff(rule: PointsExpiry, since: string | null, today: string): string | null {
  if (rule === 'never') return null;
  const year = Number(today.slice(0, 4));
  const cutoff = `${String(rule === 'endOfYear' ? year : year - 1).padStart(4, '0')}-01-01`;
  if (since !== null && since >= cutoff) return null;
  return cutoff;
}

/** The next cutoff that falls within `days` from today (the points it takes are "expiring soon"); null when none does. */
export function upcomingCutoff(rule: PointsExpiry, since: string | null, today: string, days: number): string | null {
  const later = expiryCutoff(rule, since, addDays(today, days));
  return later !== null && later !== expiryCutoff(rule, since, today) ? later : null;
}

/** The last day the points earned before a cutoff are good through (a 12-31). */
export function dueDayOf(rule: PointsExpiry, cutoff: string): string {
  return rule === 'endOfNextYear' ? `${cutoff.slice(0, 4)}-12-31` : addDays(cutoff, -1);
}

/** A line of a card's points purse, in ledger order: when, and the signed change. */
export interface PointsLine {
  at: string;
  delta: number;
}

/**
 * The points still on a card that were earned before `before` (an instant, ISO): every use of
 * points (a redemption, an expiry, a correction down) takes the oldest points first, so what is
 * left of the old lots is what expires. Never more than the balance, never a point earned at or
 * after `before`; once written as an 'expire' line, asking again answers 0.
 */
export function pointsToExpire(lines: readonly PointsLine[], before: string): number {
  const lots: { at: string; left: number }[] = [];
  let oldest = 0;
  for (const line of lines) {
    if (line.delta > 0) {
      lots.push({ at: line.at, left: line.delta });
      continue;
    }
    let owed = -line.delta;
    while (owed > 0 && oldest < lots.length) {
      const lot = lots[oldest];
      if (lot === undefined) break;
      const taken = Math.min(lot.left, owed);
      lot.left -= taken;
      owed -= taken;
      if (lot.left === 0) oldest += 1;
    }
  }
  let expiring = 0;
  for (let i = oldest; i < lots.length; i += 1) {
    const lot = lots[i];
    if (lot !== undefined && lot.at < before) expiring += lot.left;
  }
  return expiring;
}
