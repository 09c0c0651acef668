import { daysBetween } from './calendar-date';

/**
 * Why a customer is held back from a batch of greetings: "turn strangers into friends, but don't
 * turn friends sour". `no_marketing` is the customer's own choice and is never overridden from a
 * batch; the others are the shop's judgement, shown with the reason, and the owner may still
 * include that customer one by one.
 */
export const holdReasons = ['no_marketing', 'already_greeted', 'open_complaint', 'contacted_recently'] as const;
export type HoldReason = (typeof holdReasons)[number];

export interface HoldFacts {
  noMarketing: boolean;
  /** Local day of the last call, message, gift or visit; null when never. */
  lastContactDay: string | null;
  openComplaints: number;
  /** Occasion ids this customer was already greeted for (this year's 中秋 is `festival:mid_autumn:2026`). */
  greetedFor: readonly string[];
}

/** The reasons to hold a customer back from greeting them for `occasionId` today, most binding first. */
export function holdsFor(facts: HoldFacts, occasionId: string, today: string, quietDays: number): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (facts.noMarketing) reasons.push('no_marketing');
  if (facts.greetedFor.includes(occasionId)) reasons.push('already_greeted');
  if (facts.openComplaints > 0) reasons.push('open_complaint');
  if (facts.lastContactDay !== null && daysBetween(facts.lastContactDay, today) < quietDays) reasons.push('contacted_recently');
  return reasons;
}

/** Whether the owner may still include a held-back customer by hand: not against their own wish. */
export function canIncludeByHand(reasons: readonly HoldReason[]): boolean {
  return !reasons.includes('no_marketing');
}
