/**
 * The member card's ledger rules, pure: what a movement does to a card's purses, and whether it
 * may. A card has three kinds of purse: points, stored value (principal and bonus kept apart, so a
 * refund returns principal only) and any number of punch cards. Balances are never stored as
 * such: each movement carries the balance after it, and the sum of a purse's movements must equal
 * that (checked when a book opens). Money is integer minor units; points and punches are integers.
 */

export type Purse = 'points' | 'principal' | 'bonus' | 'punch';

export const movementKinds = [
  'opening',
  'earn',
  'redeem',
  'top_up',
  'pay',
  'sell_punch',
  'punch',
  'refund',
  'expire',
  'correction',
  'merge',
] as const;
export type MovementKind = (typeof movementKinds)[number];

/** One line of the ledger for one purse: a signed change and the balance after it. */
export interface Line {
  purse: Purse;
  /** The punch card it moves, for purse 'punch'. */
  punchId: string | null;
  kind: MovementKind;
  delta: number;
  balanceAfter: number;
}

export interface Balances {
  points: number;
  principal: number;
  bonus: number;
  /** Remaining uses per punch card id. */
  punches: Record<string, number>;
}

export const emptyBalances = (): Balances => ({ points: 0, principal: 0, bonus: 0, punches: {} });

/** What a person asks the card to do; amounts are positive, the kind says which way they go. */
export type Request =
  | { kind: 'opening'; points: number; principal: number; bonus: number; punches: { punchId: string; count: number }[] }
  | { kind: 'earn'; points: number }
  | { kind: 'redeem'; points: number }
  | { kind: 'top_up'; principal: number; bonus: number }
  | { kind: 'pay'; amount: number }
  | { kind: 'sell_punch'; punchId: string; count: number }
  | { kind: 'punch'; punchId: string; count: number }
  | { kind: 'refund' }
  | { kind: 'expire'; points: number }
  | { kind: 'correction'; purse: Purse; punchId: string | null; delta: number }
  /** A card merged in from a customer merged away (signed: an undone merge gives it back). */
  | { kind: 'merge'; points: number; principal: number; bonus: number; punches: { punchId: string; count: number }[] };

/** Why a movement was refused: the purse and what it holds, for a message that says what is available. */
export interface Shortfall {
  /** 'value' when a payment asks more than principal and bonus together. */
  purse: Purse | 'value';
  punchId: string | null;
  available: number;
  asked: number;
}

export type Applied = { ok: true; lines: Line[]; balances: Balances } | { ok: false; shortfall: Shortfall };

function balanceOf(b: Balances, purse: Purse, punchId: string | null): number {
  if (purse === 'punch') return punchId === null ? 0 : (b.punches[punchId] ?? 0);
  return b[purse];
}

function withBalance(b: Balances, purse: Purse, punchId: string | null, value: number): Balances {
  if (purse === 'punch') return punchId === null ? b : { ...b, punches: { ...b.punches, [punchId]: value } };
  return { ...b, [purse]: value };
}

/** The changes a request makes, before checking them: each purse with its signed change. */
function changesOf(b: Balances, request: Request): { purse: Purse; punchId: string | null; delta: number }[] {
  switch (request.kind) {
    case 'opening':
    case 'merge':
      return [
        { purse: 'points', punchId: null, delta: request.points },
        { purse: 'principal', punchId: null, delta: request.principal },
        { purse: 'bonus', punchId: null, delta: request.bonus },
        ...request.punches.map((p) => ({ purse: 'punch' as const, punchId: p.punchId, delta: p.count })),
      ];
    case 'earn':
      return [{ purse: 'points', punchId: null, delta: request.points }];
    case 'redeem':
    case 'expire':
      return [{ purse: 'points', punchId: null, delta: -request.points }];
    case 'top_up':
      return [
        { purse: 'principal', punchId: null, delta: request.principal },
        { purse: 'bonus', punchId: null, delta: request.bonus },
      ];
    case 'pay': {
      // Principal is spent first, then the bonus: what is left to refund is what the customer
      // paid in and has not used ("赠送金额不退").
      const fromPrincipal = Math.min(b.principal, request.amount);
      return [
        { purse: 'principal', punchId: null, delta: -fromPrincipal },
        { purse: 'bonus', punchId: null, delta: -(request.amount - fromPrincipal) },
      ];
    }
    case 'sell_punch':
      return [{ purse: 'punch', punchId: request.punchId, delta: request.count }];
    case 'punch':
      return [{ purse: 'punch', punchId: request.punchId, delta: -request.count }];
    case 'refund':
      return [
        { purse: 'principal', punchId: null, delta: -b.principal },
        { purse: 'bonus', punchId: null, delta: -b.bonus },
      ];
    case 'correction':
      return [{ purse: request.purse, punchId: request.punchId, delta: request.delta }];
  }
}

/**
 * Applies a request to the balances: the ledger lines it writes (only purses it changes) and the
 * balances after, or the shortfall when any purse would go below zero (then nothing is written).
 */
export function apply(b: Balances, request: Request): Applied {
  const changes = changesOf(b, request).filter((c) => c.delta !== 0);
  if (request.kind === 'pay') {
    const available = b.principal + b.bonus;
    if (request.amount > available) return { ok: false, shortfall: { purse: 'value', punchId: null, available, asked: request.amount } };
  }
  let next = b;
  const lines: Line[] = [];
  for (const change of changes) {
    const before = balanceOf(next, change.purse, change.punchId);
    const after = before + change.delta;
    if (after < 0)
      return { ok: false, shortfall: { purse: change.purse, punchId: change.punchId, available: before, asked: -change.delta } };
    next = withBalance(next, change.purse, change.punchId, after);
    lines.push({ purse: change.purse, punchId: change.punchId, kind: request.kind, delta: change.delta, balanceAfter: after });
  }
  return { ok: true, lines, balances: next };
}

/** Balances from the ledger alone: the sum of every line per purse. */
export function sumOf(lines: readonly Pick<Line, 'purse' | 'punchId' | 'delta'>[]): Balances {
  let b = emptyBalances();
  for (const line of lines) b = withBalance(b, line.purse, line.punchId, balanceOf(b, line.purse, line.punchId) + line.delta);
  return b;
}

export interface BonusTier {
  /** A top-up of at least this much (minor units)... */
  from: number;
  /** ...gets this much on top. */
  bonus: number;
}

/** The bonus for a top-up: the richest tier it reaches (充 500 送 50, 充 1000 送 150), none below the first. */
export function bonusFor(principal: number, tiers: readonly BonusTier[]): number {
  let best = 0;
  for (const tier of tiers) if (principal >= tier.from && tier.bonus > best) best = tier.bonus;
  return best;
}

export interface PointsRule {
  /** Points per whole currency unit spent (e.g. 1 point per ¥1); 0 turns points off. */
  perUnit: number;
  /** Minor units in one currency unit (100 for CNY, 1 for TWD/JPY). */
  minorPerUnit: number;
  /** Multiplier by tier (a VIP earns double): a tier not named earns ×1. */
  tierMultipliers: Partial<Record<string, number>>;
  /**
   * 'down' (the default): whole units spent × rate, any fraction of a point dropped (¥12.99 earns 12).
   * 'nearest': the exact amount × rate, rounded half up (¥12.99 earns 13, ¥12.49 earns 12).
   */
  rounding?: 'down' | 'nearest';
}

/** Points a purchase earns: what was spent × rate × the tier's multiplier, as a whole number of points. */
export function pointsFor(amountMinor: number, rule: PointsRule, tier: string | null): number {
  if (amountMinor <= 0 || rule.perUnit <= 0) return 0;
  const multiplier = tier === null ? 1 : (rule.tierMultipliers[tier] ?? 1);
  // Integer arithmetic on hundredths of the rate, so 0.5 point per unit cannot round the wrong way.
  const rate = Math.round(rule.perUnit * 100) * Math.round(multiplier * 100);
  if (rule.rounding === 'nearest') {
    // In BigInt: a large amount × rate × multiplier passes 2^53.
    const top = BigInt(amountMinor) * BigInt(rate);
    const bottom = BigInt(rule.minorPerUnit) * 10_000n;
    return Number((2n * top + bottom) / (2n * bottom));
  }
  const units = Math.floor(amountMinor / rule.minorPerUnit);
  return Math.floor((units * rate) / 10_000);
}
