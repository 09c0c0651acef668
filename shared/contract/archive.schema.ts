import { z } from 'zod';
import { tiers } from '../domain/customer-value';

// The full JSON archive, version 1: every table of the book, nested per customer, rows exactly as
// stored (snake_case columns), so an archive re-imports with nothing lost. Documented by this
// schema; `GET /api` in browser mode does not list it because it is a file format, not a call.
const text = z.string();
const maybe = z.string().nullable();
const int = z.int();

export const archiveCustomerSchema = z.object({
  customer: z.object({
    id: text,
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
    referred_by: maybe,
    // Absent in archives made before tiers existed.
    tier_override: z.enum(tiers).nullable().default(null),
    tier_override_reason: maybe.default(null),
    archived_at: maybe,
    created_at: text,
    updated_at: text,
  }),
  phones: z.array(z.object({ customer_id: text, position: int, label: maybe, number: text, digits: text })),
  tags: z.array(z.object({ customer_id: text, tag: text })),
  preferences: z.array(
    z.object({
      id: text,
      customer_id: text,
      polarity: z.enum(['like', 'dislike', 'fact']),
      category: z.enum(['colour', 'size', 'style', 'brand', 'taste', 'other']),
      value: text,
      created_at: text,
      updated_at: text,
    }),
  ),
  people: z.array(
    z.object({
      id: text,
      customer_id: text,
      name: text,
      relation: text,
      linked_customer_id: maybe,
      note: maybe,
      created_at: text,
      updated_at: text,
    }),
  ),
  dates: z.array(
    z.object({
      id: text,
      customer_id: text,
      person_id: maybe,
      kind: z.enum(['birthday', 'anniversary', 'custom']),
      label: maybe,
      calendar: z.enum(['solar', 'lunar']),
      year: int.nullable(),
      month: int,
      day: int,
      leap_month: int,
      created_at: text,
      updated_at: text,
    }),
  ),
  entries: z.array(
    z.object({
      entry: z.object({
        id: text,
        customer_id: text,
        occurred_at: text,
        kind: text,
        text,
        deleted_at: maybe,
        created_at: text,
        updated_at: text,
      }),
      lines: z.array(
        z.object({
          id: text,
          entry_id: text,
          position: int,
          item: text,
          colour: maybe,
          size: maybe,
          quantity: int,
          unit_price_minor: int.nullable(),
          amount_minor: int.nullable(),
          currency: text,
        }),
      ),
      details: z
        .object({
          entry_id: text,
          remedy: maybe,
          resolved_on: maybe,
          promise_due: maybe,
          promise_status: z.enum(['open', 'kept', 'broken']).nullable(),
          gift_item: maybe,
          gift_occasion: maybe,
          satisfaction: int.nullable(),
          follow_up_on: maybe,
          follow_up_done_at: maybe,
        })
        .nullable(),
    }),
  ),
});

export const archiveSchema = z.object({
  format: z.literal('shuke-archive'),
  version: z.literal(1),
  exportedAt: text,
  settings: z.record(z.string(), z.string()),
  customers: z.array(archiveCustomerSchema),
  /** Customers the owner said are different people; absent in archives made before Shuke knew. */
  keptApart: z.array(z.object({ first_id: text, second_id: text, created_at: text })).default([]),
  /** Saved customer-list filters (rows as stored); absent in archives made before segments existed. */
  segments: z.array(z.object({ id: text, name: text, filter: text, created_at: text, updated_at: text })).default([]),
});

export type Archive = z.infer<typeof archiveSchema>;
export type ArchiveCustomer = z.infer<typeof archiveCustomerSchema>;
