import { z } from 'zod';
import { movementKinds } from '../domain/card-ledger';
import { tiers } from '../domain/customer-value';
import { entryKinds, preferenceCategories, preferencePolarities, promiseStatuses } from '../domain/entry-kinds';
import { vk } from './validation';

// The full JSON archive, version 1: every table of the book, nested per customer, rows exactly as
// stored (snake_case columns), so an archive re-imports with nothing lost. Documented by this
// schema; `GET /api` in browser mode does not list it because it is a file format, not a call.
// Everything the book's own constraints and readers rely on is checked here, so an archive that
// would write a row the book cannot read (an id that is not a UUID, a kind it does not know) is
// refused before anything is written; which rows refer to which is checked in archive-check.ts.
const text = z.string();
const maybe = z.string().nullable();
const int = z.int();
/** Row ids as the book makes them (UUIDv7, electron/db/new-id.ts); any RFC 9562 UUID is accepted. */
const id = z.uuid();
const maybeId = id.nullable();
/** The kinds the diary knows; a string, as the entries table stores it. */
const entryKind = text.refine(
  (kind) => (entryKinds as readonly string[]).includes(kind),
  vk('notOneOf', { allowed: entryKinds.join(', ') }),
);

export const archiveCustomerSchema = z.object({
  customer: z.object({
    id,
    name: text,
    address_as: maybe,
    gender: z.enum(['female', 'male']).nullable(),
    email: maybe,
    address: maybe,
    company: maybe,
    title: maybe,
    about: maybe,
    last_visit_at: maybe,
    visit_count: int,
    median_gap_days: z.number().nullable(),
    referred_by: maybeId,
    // Absent in archives made before tiers existed.
    tier_override: z.enum(tiers).nullable().default(null),
    tier_override_reason: maybe.default(null),
    // Absent in archives made before the team (0019_team).
    responsible: maybe.default(null),
    archived_at: maybe,
    created_at: text,
    updated_at: text,
  }),
  phones: z.array(z.object({ customer_id: id, position: int.min(0), label: maybe, number: text, digits: text })),
  tags: z.array(z.object({ customer_id: id, tag: text })),
  preferences: z.array(
    z.object({
      id,
      customer_id: id,
      polarity: z.enum(preferencePolarities),
      category: z.enum(preferenceCategories),
      value: text,
      created_at: text,
      updated_at: text,
    }),
  ),
  people: z.array(
    z.object({
      id,
      customer_id: id,
      name: text,
      relation: text,
      linked_customer_id: maybeId,
      note: maybe,
      created_at: text,
      updated_at: text,
    }),
  ),
  dates: z.array(
    z.object({
      id,
      customer_id: id,
      person_id: maybeId,
      kind: z.enum(['birthday', 'anniversary', 'custom']),
      label: maybe,
      calendar: z.enum(['solar', 'lunar']),
      year: int.nullable(),
      month: int.min(1).max(12),
      day: int.min(1).max(31),
      leap_month: int.min(0).max(1),
      created_at: text,
      updated_at: text,
    }),
  ),
  entries: z.array(
    z.object({
      entry: z.object({
        id,
        customer_id: id,
        occurred_at: text,
        kind: entryKind,
        text,
        deleted_at: maybe,
        created_at: text,
        updated_at: text,
        // Who wrote it, where (0019_team); absent in archives made before.
        written_on: maybe.default(null),
        written_by: maybe.default(null),
      }),
      lines: z.array(
        z.object({
          id,
          entry_id: id,
          position: int.min(0),
          item: text,
          colour: maybe,
          size: maybe,
          quantity: int.min(1),
          unit_price_minor: int.min(0).nullable(),
          amount_minor: int.min(0).nullable(),
          currency: text,
        }),
      ),
      details: z
        .object({
          entry_id: id,
          remedy: maybe,
          resolved_on: maybe,
          promise_due: maybe,
          promise_status: z.enum(promiseStatuses).nullable(),
          gift_item: maybe,
          gift_occasion: maybe,
          satisfaction: int.min(1).max(5).nullable(),
          follow_up_on: maybe,
          follow_up_done_at: maybe,
        })
        .nullable(),
    }),
  ),
  // Member cards (migration 0013); absent in archives made before cards existed.
  card: z.object({ customer_id: id, number: maybe, joined_on: text, created_at: text }).nullable().default(null),
  punchCards: z
    .array(
      z.object({
        id,
        customer_id: id,
        kind: text,
        uses: int.min(1),
        price_minor: int.min(0).nullable(),
        valid_until: maybe,
        sold_at: text,
      }),
    )
    .default([]),
  cardMovements: z
    .array(
      z.object({
        id,
        movement_id: text,
        customer_id: id,
        purse: z.enum(['points', 'principal', 'bonus', 'punch']),
        punch_id: maybeId,
        kind: z.enum(movementKinds),
        delta: int,
        balance_after: int.min(0),
        at: text,
        entry_id: maybeId,
        reason: maybe,
        made_by: maybe,
      }),
    )
    .default([]),
  // Greetings (migration 0014); absent in archives made before greetings existed.
  greetingChoice: z
    .object({ customer_id: id, no_marketing: int.min(0).max(1), changed_at: text })
    .nullable()
    .default(null),
  greetings: z
    .array(
      z.object({
        id,
        batch_id: id,
        customer_id: id,
        occasion_id: text,
        outcome: z.enum(['sent', 'skipped', 'held']),
        holds: maybe,
        entry_id: maybeId,
        at: text,
      }),
    )
    .default([]),
});

export const archiveSchema = z.object({
  format: z.literal('shuke-archive'),
  version: z.literal(1),
  exportedAt: text,
  settings: z.record(z.string(), z.string()),
  customers: z.array(archiveCustomerSchema),
  /** Customers the owner said are different people; absent in archives made before Shuke knew. */
  keptApart: z.array(z.object({ first_id: id, second_id: id, created_at: text })).default([]),
  /** Saved customer-list filters (rows as stored); absent in archives made before segments existed. */
  segments: z.array(z.object({ id, name: text, filter: text, created_at: text, updated_at: text })).default([]),
  /** Batches of greetings the customers' greetings belong to; absent in archives made before greetings. */
  greetingBatches: z.array(z.object({ id, occasion_id: text, label: text, on_day: text, created_at: text })).default([]),
});

export type Archive = z.infer<typeof archiveSchema>;
export type ArchiveCustomer = z.infer<typeof archiveCustomerSchema>;

/**
 * What importing an archive did (or, on a dry run, would do). Customers already in the book keep
 * their own record; the diary entries, preferences, key people and dates of theirs that the book
 * did not have yet are added and counted with the rest.
 */
export const archiveImportReportSchema = z.object({
  customers: int.min(0),
  customersAlreadyThere: int.min(0),
  entries: int.min(0),
  entriesAlreadyThere: int.min(0),
  preferences: int.min(0),
  people: int.min(0),
  dates: int.min(0),
  /** Member cards brought in with their ledgers (a customer who already has a card keeps theirs). */
  cards: int.min(0),
  dryRun: z.boolean(),
});

export type ArchiveImportReport = z.infer<typeof archiveImportReportSchema>;
