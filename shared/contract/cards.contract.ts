import { z } from 'zod';
import { movementKinds } from '../domain/card-ledger';
import { pointsExpiryRules } from '../domain/points-expiry';
import { defineCall } from './define-call';
import { daySchema, idSchema, instantSchema } from './common';
import { vk } from './validation';

const minor = z.int().min(0).max(1_000_000_000);
const positive = z.int().min(1, vk('cardAmountPositive')).max(1_000_000_000);
const punchKindName = z.string().trim().min(1, vk('punchKindEmpty')).max(40);

export const punchCardSchema = z.object({
  id: idSchema,
  kind: z.string(),
  uses: z.int(),
  remaining: z.int(),
  priceMinor: z.int().nullable(),
  validUntil: daySchema.nullable(),
  soldAt: instantSchema,
});

export const cardMovementSchema = z.object({
  id: idSchema,
  movementId: idSchema,
  purse: z.enum(['points', 'principal', 'bonus', 'punch']),
  punchId: idSchema.nullable(),
  kind: z.enum(movementKinds),
  delta: z.int(),
  balanceAfter: z.int(),
  at: instantSchema,
  entryId: idSchema.nullable(),
  reason: z.string().nullable(),
});

export const memberCardSchema = z.object({
  customerId: idSchema,
  number: z.string().nullable(),
  joinedOn: daySchema,
  points: z.int(),
  /** Stored value in minor units: what was paid in, the bonus on top, and the two together. */
  value: z.object({ principal: z.int(), bonus: z.int(), total: z.int() }),
  punchCards: z.array(punchCardSchema),
  currency: z.string(),
});
export type MemberCard = z.infer<typeof memberCardSchema>;

/** A kind of punch card the shop sells (洗车 10 次卡, ¥300, good for 12 months); the sell dialog offers them. */
export const punchKindSchema = z
  .object({
    name: punchKindName,
    count: z.int().min(1, vk('cardAmountPositive')).max(1000),
    priceMinor: minor.nullable().default(null),
    /** Months from the day it is sold; null: no end date. */
    validMonths: z.int().min(1).max(120).nullable().default(null),
  })
  .strict();
export type PunchKind = z.infer<typeof punchKindSchema>;

// Rules saved before rounding, expiry and punch-card kinds existed load with the defaults.
export const cardRulesSchema = z
  .object({
    /** Points per whole currency unit spent; 0 turns points off. */
    pointsPerUnit: z.number().min(0).max(100),
    /** Whole units rounded down (the default), or the exact amount to the nearest point. */
    rounding: z.enum(['down', 'nearest']).default('down'),
    /** Multipliers by tier (vip: 2); a tier not named earns ×1. */
    tierMultipliers: z.record(z.string(), z.number().min(0).max(10)),
    /** 充 500 送 50: a top-up of at least `from` gets `bonus` on top (minor units). */
    bonusTiers: z.array(z.object({ from: positive, bonus: minor })).max(10),
    /** When points expire (see shared/domain/points-expiry.ts). */
    pointsExpiry: z.enum(pointsExpiryRules).default('never'),
    punchKinds: z.array(punchKindSchema).max(20).default([]),
  })
  .strict();
export type CardRules = z.infer<typeof cardRulesSchema>;

/** What the counter asks a card to do; every amount positive, the kind says which way it goes. */
export const cardRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('earn'), points: positive }).strict(),
  z.object({ kind: z.literal('redeem'), points: positive, gift: z.string().trim().max(100).default('') }).strict(),
  /** The bonus comes from the rules in force now, and is shown before the top-up is confirmed. */
  z.object({ kind: z.literal('top_up'), principal: positive }).strict(),
  z.object({ kind: z.literal('pay'), amount: positive }).strict(),
  z
    .object({
      kind: z.literal('sell_punch'),
      punchKind: punchKindName,
      uses: z.int().min(1, vk('cardAmountPositive')).max(1000),
      priceMinor: minor.nullable().default(null),
      validUntil: daySchema.nullable().default(null),
    })
    .strict(),
  z.object({ kind: z.literal('punch'), punchId: idSchema, uses: z.int().min(1).max(100).default(1) }).strict(),
  /** Returns the principal left and forfeits the bonus. */
  z.object({ kind: z.literal('refund') }).strict(),
  z
    .object({
      kind: z.literal('correction'),
      purse: z.enum(['points', 'principal', 'bonus', 'punch']),
      punchId: idSchema.nullable().default(null),
      delta: z.int().refine((n) => n !== 0, vk('cardAmountPositive')),
      reason: z.string().trim().min(1, vk('correctionNeedsReason')).max(200),
    })
    .strict(),
]);
export type CardRequest = z.infer<typeof cardRequestSchema>;

export const cardsContract = {
  'cards.get': defineCall({
    summary:
      'A customer’s member card: points, stored value (paid in and bonus), each punch card with the uses left; null when they have none.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ card: memberCardSchema.nullable() }),
  }),
  'cards.open': defineCall({
    summary: 'Give a customer a member card, with a card number if the shop uses them (unique in the book).',
    input: z
      .object({
        customerId: idSchema,
        number: z.string().trim().max(40).nullable().default(null),
        joinedOn: daySchema.optional(),
      })
      .strict(),
    output: memberCardSchema,
  }),
  'cards.move': defineCall({
    summary:
      'One movement on a customer’s card (earn, redeem, top up, pay from balance, sell or use a punch card, refund, correction), written to the ledger and as a line in their diary, in one transaction; refused with what is available when a balance would go below zero. A customer without a card gets one.',
    input: z.object({ customerId: idSchema, request: cardRequestSchema }).strict(),
    output: z.object({ card: memberCardSchema, movementId: idSchema, entryId: idSchema, line: z.string() }),
  }),
  'cards.ledger': defineCall({
    summary: 'Every movement on a customer’s card, newest first: never edited, a correction is a movement of its own.',
    input: z.object({ customerId: idSchema, limit: z.int().min(1).max(10_000).default(200) }).strict(),
    output: z.object({ items: z.array(cardMovementSchema) }),
  }),
  'cards.rules': defineCall({
    summary:
      'The shop’s card rules: points per currency unit and per tier and how they round, when points expire, top-up bonus tiers, the punch-card kinds it sells.',
    input: z.object({}).strict(),
    output: cardRulesSchema,
  }),
  'cards.setRules': defineCall({
    summary:
      'Change the card rules; movements already written keep what they were, and points already on a card count from the day an expiry rule is chosen.',
    input: cardRulesSchema,
    output: cardRulesSchema,
  }), // A customer's ledger as a file (issue 16, item 6): made by the book, handed to the page to save.
  'cards.ledgerFile': defineCall({
    summary:
      'A customer’s whole card ledger as a spreadsheet (.xlsx or CSV), oldest line first, headers in the given language: when, what, which balance, the change, the balance after, the reason and the diary line.',
    input: z
      .object({
        customerId: idSchema,
        format: z.enum(['xlsx', 'csv']),
        lang: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentType: z.string(), base64: z.string() }),
  }),
};
