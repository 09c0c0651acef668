import type { CardRules } from '../../../../shared/contract/cards.contract';
import { tiers, type Tier } from '../../../../shared/domain/customer-value';
import { fromMinor, parseMoneyInput } from '../../../../shared/domain/money';

/** The rules as the owner types them: every number a string until saved. */
export interface RulesDraft {
  pointsPerUnit: string;
  rounding: CardRules['rounding'];
  multipliers: Record<Tier, string>;
  pointsExpiry: CardRules['pointsExpiry'];
  bonusTiers: { from: string; bonus: string }[];
  punchKinds: { name: string; count: string; price: string; validMonths: string }[];
}

/** Which part of the draft cannot be read (said beside it). */
export type DraftProblem = 'points' | 'multipliers' | 'bonusTiers' | 'punchKinds';

export function draftOf(rules: CardRules, currency: string): RulesDraft {
  return {
    pointsPerUnit: String(rules.pointsPerUnit),
    rounding: rules.rounding,
    multipliers: Object.fromEntries(tiers.map((tier) => [tier, String(rules.tierMultipliers[tier] ?? 1)])) as Record<Tier, string>,
    pointsExpiry: rules.pointsExpiry,
    bonusTiers: rules.bonusTiers.map((b) => ({ from: String(fromMinor(b.from, currency)), bonus: String(fromMinor(b.bonus, currency)) })),
    punchKinds: rules.punchKinds.map((k) => ({
      name: k.name,
      count: String(k.count),
      price: k.priceMinor === null ? '' : String(fromMinor(k.priceMinor, currency)),
      validMonths: k.validMonths === null ? '' : String(k.validMonths),
    })),
  };
}

const decimal = (text: string, max: number): number | null => {
  const n = Number(text.trim().replace('，', '.'));
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max ? n : null;
};
const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && n >= min && n <= max ? n : null;
};
const blank = (row: Record<string, string>) => Object.values(row).every((v) => v.trim() === '');

/**
 * The draft as rules, or the parts that cannot be read. Rows left blank are dropped; tiers at ×1
 * are not stored (a tier not named earns ×1). Tier names of another kind already in the rules are kept.
 */
export function rulesOf(draft: RulesDraft, currency: string, kept: CardRules): { rules: CardRules } | { problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const perUnit = decimal(draft.pointsPerUnit, 100);
  if (perUnit === null) problems.push('points');
  const multipliers: Record<string, number> = Object.fromEntries(
    Object.entries(kept.tierMultipliers).filter(([tier]) => !(tiers as readonly string[]).includes(tier)),
  );
  for (const tier of tiers) {
    const n = decimal(draft.multipliers[tier], 10);
    if (n === null) problems.push('multipliers');
    else if (n !== 1) multipliers[tier] = n;
  }
  const bonusTiers: CardRules['bonusTiers'] = [];
  for (const row of draft.bonusTiers.filter((r) => !blank(r))) {
    const from = parseMoneyInput(row.from, currency);
    const bonus = row.bonus.trim() === '' ? 0 : parseMoneyInput(row.bonus, currency);
    if (from == null || bonus == null || from <= 0) problems.push('bonusTiers');
    else bonusTiers.push({ from, bonus });
  }
  const punchKinds: CardRules['punchKinds'] = [];
  for (const row of draft.punchKinds.filter((r) => !blank(r))) {
    const count = whole(row.count, 1, 1000);
    const price = row.price.trim() === '' ? null : parseMoneyInput(row.price, currency);
    const months = row.validMonths.trim() === '' ? null : whole(row.validMonths, 1, 120);
    if (
      row.name.trim() === '' ||
      count === null ||
      (row.price.trim() !== '' && price === null) ||
      (row.validMonths.trim() !== '' && months === null)
    )
      problems.push('punchKinds');
    else punchKinds.push({ name: row.name.trim(), count, priceMinor: price, validMonths: months });
  }
  if (problems.length > 0) return { problems: [...new Set(problems)] };
  return {
    rules: {
      pointsPerUnit: perUnit ?? 0,
      rounding: draft.rounding,
      tierMultipliers: multipliers,
      pointsExpiry: draft.pointsExpiry,
      bonusTiers: bonusTiers.sort((a, b) => a.from - b.from),
      punchKinds,
    },
  };
}
