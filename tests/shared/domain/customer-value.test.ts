import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  defaultValueRules as rules,
  labelsOf,
  relationshipOf,
  stageOf,
  tierOf,
  type ValueMetrics,
} from '../../../shared/domain/customer-value';

const base: ValueMetrics = {
  daysSinceLastVisit: 10,
  daysSinceFirstVisit: 400,
  visitsInWindow: 6,
  spendInWindow: 50_000,
  spendRecentHalf: 25_000,
  spendEarlierHalf: 25_000,
  usualGapDays: 30,
};
const baseline = { vipMinSpend: 100_000, medianSpend: 40_000 };
const m = (over: Partial<ValueMetrics>): ValueMetrics => ({ ...base, ...over });

describe('tiers', () => {
  it('calls a customer lost one day past the limit, not on it', () => {
    expect(tierOf(m({ daysSinceLastVisit: 365 }), rules, baseline).tier).toBe('at_risk');
    expect(tierOf(m({ daysSinceLastVisit: 366 }), rules, baseline)).toEqual({
      tier: 'lost',
      why: { rule: 'lost', sinceDays: 366, limitDays: 365 },
    });
  });

  it('puts the at-risk line at the setting, or at twice the usual interval when that is longer', () => {
    expect(tierOf(m({ daysSinceLastVisit: 90 }), rules, baseline).tier).toBe('regular');
    expect(tierOf(m({ daysSinceLastVisit: 91 }), rules, baseline).why).toEqual({ rule: 'atRisk', sinceDays: 91, limitDays: 90 });
    expect(tierOf(m({ daysSinceLastVisit: 120, usualGapDays: 60 }), rules, baseline).tier).toBe('regular');
    expect(tierOf(m({ daysSinceLastVisit: 121, usualGapDays: 60 }), rules, baseline).why).toEqual({
      rule: 'atRisk',
      sinceDays: 121,
      limitDays: 120,
    });
  });

  it('makes VIPs from the spend line inclusive, before new and regular', () => {
    expect(tierOf(m({ spendInWindow: 100_000 }), rules, baseline)).toEqual({ tier: 'vip', why: { rule: 'vip', percent: 20, days: 365 } });
    expect(tierOf(m({ spendInWindow: 99_999 }), rules, baseline).tier).toBe('regular');
    expect(tierOf(m({ spendInWindow: 100_000, daysSinceFirstVisit: 5 }), rules, baseline).tier).toBe('vip');
  });

  it('calls first visits within 90 days new, and someone who never came new with that reason', () => {
    expect(tierOf(m({ daysSinceFirstVisit: 90 }), rules, baseline).tier).toBe('new');
    expect(tierOf(m({ daysSinceFirstVisit: 91 }), rules, baseline).tier).toBe('regular');
    expect(tierOf(m({ daysSinceLastVisit: null, daysSinceFirstVisit: null }), rules, baseline)).toEqual({
      tier: 'new',
      why: { rule: 'noVisits' },
    });
  });
});

describe('the baseline', () => {
  it('draws the VIP line at the top 20% of those who spent (ties included) and the median among them', () => {
    const spends = [0, 0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
    expect(baselineOf(spends, rules)).toEqual({ vipMinSpend: 900, medianSpend: 550 });
    expect(baselineOf([0, 0], rules)).toEqual({ vipMinSpend: null, medianSpend: null });
    expect(baselineOf([70], rules)).toEqual({ vipMinSpend: 70, medianSpend: 70 });
  });
});

describe('stages', () => {
  it('follows the tier for new, at-risk and lost customers', () => {
    expect(stageOf(m({}), rules, 'new').stage).toBe('acquisition');
    expect(stageOf(m({ daysSinceLastVisit: 100 }), rules, 'at_risk').stage).toBe('decline');
    expect(stageOf(m({ daysSinceLastVisit: 400 }), rules, 'lost').stage).toBe('departure');
  });

  it('sees growth or decline when spend moves by more than a quarter between the halves of the window', () => {
    expect(stageOf(m({ spendRecentHalf: 12_500, spendEarlierHalf: 10_000 }), rules, 'regular').stage).toBe('maturity');
    expect(stageOf(m({ spendRecentHalf: 12_501, spendEarlierHalf: 10_000 }), rules, 'regular')).toEqual({
      stage: 'growth',
      why: { rule: 'growth', recent: 12_501, earlier: 10_000 },
    });
    expect(stageOf(m({ spendRecentHalf: 7_500, spendEarlierHalf: 10_000 }), rules, 'vip').stage).toBe('maturity');
    expect(stageOf(m({ spendRecentHalf: 7_499, spendEarlierHalf: 10_000 }), rules, 'vip').stage).toBe('decline');
  });
});

describe('relationship types', () => {
  it('puts big against loyal: partner, functional, emotional, drifting', () => {
    const of = (over: Partial<ValueMetrics>, tier: 'regular' | 'at_risk' = 'regular') =>
      relationshipOf(m(over), rules, baseline, tier)?.relationship;
    expect(of({ spendInWindow: 40_000, visitsInWindow: 4 })).toBe('partner');
    expect(of({ spendInWindow: 40_000, visitsInWindow: 3 })).toBe('functional');
    expect(of({ spendInWindow: 39_999, visitsInWindow: 4 })).toBe('emotional');
    expect(of({ spendInWindow: 39_999, visitsInWindow: 3 })).toBe('drifting');
    expect(of({ spendInWindow: 90_000, visitsInWindow: 9 }, 'at_risk')).toBe('functional');
    expect(relationshipOf(m({ daysSinceLastVisit: null }), rules, baseline, 'new')).toBeNull();
  });

  it('labels all three at once', () => {
    expect(labelsOf(m({ spendInWindow: 120_000, spendRecentHalf: 80_000, spendEarlierHalf: 40_000 }), rules, baseline)).toMatchObject({
      tier: 'vip',
      stage: 'growth',
      relationship: 'partner',
    });
  });
});
