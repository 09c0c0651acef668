import { median } from './median';

// How Shuke tells customers apart by value, the 20/80 way: pure rules over a few numbers per
// customer, so the same rules label the recall card, filter the list and draw the insights.

export const tiers = ['vip', 'regular', 'new', 'at_risk', 'lost'] as const;
export type Tier = (typeof tiers)[number];

export const stages = ['acquisition', 'growth', 'maturity', 'decline', 'departure'] as const;
export type Stage = (typeof stages)[number];

export const relationships = ['partner', 'functional', 'emotional', 'drifting'] as const;
export type Relationship = (typeof relationships)[number];

/** The thresholds a shop owner can change in settings; the defaults suit a small shop. */
export interface ValueRules {
  /** VIP: the top this-many percent of spenders over the window. */
  vipTopPercent: number;
  /** The window spend and visits are counted over, in days (12 months). */
  valueWindowDays: number;
  /** New: first visit within this many days. */
  newWithinDays: number;
  /** At risk: no visit for this many days, or twice their usual interval if that is longer. */
  atRiskAfterDays: number;
  /** Lost: no visit for this many days. */
  lostAfterDays: number;
  /** Loyal: at least this many visits in the window. */
  loyalVisits: number;
}

export const defaultValueRules: ValueRules = {
  vipTopPercent: 20,
  valueWindowDays: 365,
  newWithinDays: 90,
  atRiskAfterDays: 90,
  lostAfterDays: 365,
  loyalVisits: 4,
};

/** What the book knows about one customer as of a day; computed in SQL. */
export interface ValueMetrics {
  /** Days since the last visit; null when they never came. */
  daysSinceLastVisit: number | null;
  /** Days since the first visit; null when they never came. */
  daysSinceFirstVisit: number | null;
  visitsInWindow: number;
  /** Spend over the window, in minor units. */
  spendInWindow: number;
  /** Spend over the most recent half of the window, and over the half before it. */
  spendRecentHalf: number;
  spendEarlierHalf: number;
  /** Their usual days between visits; null with fewer than three visits. */
  usualGapDays: number | null;
}

/** Book-wide numbers the relative rules need: where the top spenders begin, what a big spender is. */
export interface ValueBaseline {
  /** The smallest spend still in the top vipTopPercent; null when nobody spent anything. */
  vipMinSpend: number | null;
  /** Median spend over the window among customers who spent; "big" is at or above it. */
  medianSpend: number | null;
}

export type Reason =
  | { rule: 'vip'; percent: number; days: number }
  | { rule: 'new'; days: number }
  | { rule: 'noVisits' }
  | { rule: 'atRisk'; sinceDays: number; limitDays: number }
  | { rule: 'lost'; sinceDays: number; limitDays: number }
  | { rule: 'regular'; visits: number; days: number }
  | { rule: 'override'; reason: string }
  | { rule: 'acquisition'; visits: number }
  | { rule: 'growth'; recent: number; earlier: number }
  | { rule: 'decline'; recent: number; earlier: number }
  | { rule: 'maturity'; visits: number; days: number }
  | { rule: 'relationship'; big: boolean; loyal: boolean; visits: number; loyalVisits: number };

export interface ValueLabels {
  tier: Tier;
  tierWhy: Reason;
  stage: Stage;
  stageWhy: Reason;
  relationship: Relationship | null;
  relationshipWhy: Reason | null;
}

/** The limit past which a customer counts as at risk: the setting, or twice their usual interval. */
export function atRiskLimit(metrics: ValueMetrics, rules: ValueRules): number {
  return Math.max(rules.atRiskAfterDays, metrics.usualGapDays === null ? 0 : Math.ceil(2 * metrics.usualGapDays));
}

export function tierOf(metrics: ValueMetrics, rules: ValueRules, baseline: ValueBaseline): { tier: Tier; why: Reason } {
  const since = metrics.daysSinceLastVisit;
  if (since === null) return { tier: 'new', why: { rule: 'noVisits' } };
  if (since > rules.lostAfterDays) return { tier: 'lost', why: { rule: 'lost', sinceDays: since, limitDays: rules.lostAfterDays } };
  const limit = atRiskLimit(metrics, rules);
  if (since > limit) return { tier: 'at_risk', why: { rule: 'atRisk', sinceDays: since, limitDays: limit } };
  if (baseline.vipMinSpend !== null && metrics.spendInWindow > 0 && metrics.spendInWindow >= baseline.vipMinSpend)
    return { tier: 'vip', why: { rule: 'vip', percent: rules.vipTopPercent, days: rules.valueWindowDays } };
  if (metrics.daysSinceFirstVisit !== null && metrics.daysSinceFirstVisit <= rules.newWithinDays)
    return { tier: 'new', why: { rule: 'new', days: rules.newWithinDays } };
  return { tier: 'regular', why: { rule: 'regular', visits: metrics.visitsInWindow, days: rules.valueWindowDays } };
}

/** Spend moving by more than a quarter between the two halves of the window is growth or decline. */
const change = 0.25;

export function stageOf(metrics: ValueMetrics, rules: ValueRules, tier: Tier): { stage: Stage; why: Reason } {
  const since = metrics.daysSinceLastVisit;
  if (since === null || tier === 'new') return { stage: 'acquisition', why: { rule: 'acquisition', visits: metrics.visitsInWindow } };
  if (tier === 'lost') return { stage: 'departure', why: { rule: 'lost', sinceDays: since, limitDays: rules.lostAfterDays } };
  if (tier === 'at_risk') return { stage: 'decline', why: { rule: 'atRisk', sinceDays: since, limitDays: atRiskLimit(metrics, rules) } };
  const recent = metrics.spendRecentHalf;
  const earlier = metrics.spendEarlierHalf;
  if (recent > earlier * (1 + change)) return { stage: 'growth', why: { rule: 'growth', recent, earlier } };
  if (recent < earlier * (1 - change)) return { stage: 'decline', why: { rule: 'decline', recent, earlier } };
  return { stage: 'maturity', why: { rule: 'maturity', visits: metrics.visitsInWindow, days: rules.valueWindowDays } };
}

/**
 * Big (spend at or above the book's median spender) against loyal (coming back regularly and not
 * slipping away): partner = big and loyal, functional = big, little loyalty, emotional = small and
 * loyal, drifting = neither. Null for someone who never came.
 */
export function relationshipOf(
  metrics: ValueMetrics,
  rules: ValueRules,
  baseline: ValueBaseline,
  tier: Tier,
): { relationship: Relationship; why: Reason } | null {
  if (metrics.daysSinceLastVisit === null) return null;
  const big = baseline.medianSpend !== null && metrics.spendInWindow > 0 && metrics.spendInWindow >= baseline.medianSpend;
  const loyal = metrics.visitsInWindow >= rules.loyalVisits && tier !== 'at_risk' && tier !== 'lost';
  const relationship: Relationship = big ? (loyal ? 'partner' : 'functional') : loyal ? 'emotional' : 'drifting';
  return { relationship, why: { rule: 'relationship', big, loyal, visits: metrics.visitsInWindow, loyalVisits: rules.loyalVisits } };
}

export function labelsOf(metrics: ValueMetrics, rules: ValueRules, baseline: ValueBaseline): ValueLabels {
  const { tier, why: tierWhy } = tierOf(metrics, rules, baseline);
  const { stage, why: stageWhy } = stageOf(metrics, rules, tier);
  const rel = relationshipOf(metrics, rules, baseline, tier);
  return { tier, tierWhy, stage, stageWhy, relationship: rel?.relationship ?? null, relationshipWhy: rel?.why ?? null };
}

/**
 * The baseline from every customer's spend: the VIP line is the spend of the customer at the
 * top-percent boundary among those who spent (at least one VIP whenever anyone spent).
 */
export function baselineOf(spends: readonly number[], rules: ValueRules): ValueBaseline {
  const spent = spends.filter((s) => s > 0).sort((a, b) => b - a);
  if (spent.length === 0) return { vipMinSpend: null, medianSpend: null };
  const vipCount = Math.max(1, Math.floor((spent.length * rules.vipTopPercent) / 100));
  return { vipMinSpend: spent[vipCount - 1] ?? null, medianSpend: median(spent) };
}
