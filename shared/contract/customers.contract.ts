import { z } from 'zod';
import { stages, tiers } from '../domain/customer-value';
import { hasPhoneDigits } from '../domain/phone';
import { defineCall } from './define-call';
import { idSchema, instantSchema, optionalText, patchText, text } from './common';
import { vk } from './validation';
import { archiveCustomerSchema } from './archive.schema';
import { staffNameSchema } from './team.contract';

export const genderSchema = z.enum(['female', 'male']).nullable();

export const phoneInputSchema = z.object({
  label: optionalText(30, 'phone label'),
  number: z.string().trim().min(1).max(40).refine(hasPhoneDigits, vk('phoneNeedsDigits')),
});

export const phoneSchema = z.object({
  label: z.string().nullable(),
  number: z.string(),
  digits: z.string(),
});

const tagSchema = z.string().trim().min(1).max(40);

const emailCheck = (e: string | null | undefined) => e === undefined || e === null || /^[^\s@]+@[^\s@]+$/.test(e);

/**
 * A customer may have many numbers (a merge keeps every one of both); the cap only stops a runaway
 * client.
 */
export const maxPhones = 50;
/** The longest name a customer may have; the forms say so while it is typed. */
export const maxNameLength = 100;
const customerFields = {
  name: text(maxNameLength, 'name').trim().default(''),
  addressAs: optionalText(40, 'how to address them'),
  gender: genderSchema.optional().transform((g) => g ?? null),
  phones: z.array(phoneInputSchema).max(maxPhones).default([]),
  email: optionalText(200, 'email').refine(emailCheck, vk('emailShape')),
  address: optionalText(500, 'address'),
  company: optionalText(200, 'company'),
  title: optionalText(100, 'title'),
  about: optionalText(20_000, 'about them'),
  tags: z.array(tagSchema).max(50).default([]),
  /** The customer who brought this one in. */
  referredBy: idSchema.nullable().default(null),
  /** The staff member who looks after them (one of the book's staff), if anyone. */
  responsible: staffNameSchema.nullable().default(null),
  /**
   * A new customer whose phone, email, or name with phone tail is already in the book is refused
   * (CONFLICT, naming who it is) unless the caller saw the match and chose to add anyway.
   */
  allowDuplicate: z.boolean().default(false),
};

export const customerDraftSchema = z
  .object(customerFields)
  .strict()
  .refine((c) => c.name !== '' || c.phones.length > 0, vk('customerNeedsNameOrPhone'));

export const customerPatchSchema = z
  .object({
    name: text(maxNameLength, 'name').trim().optional(),
    addressAs: patchText(40, 'how to address them'),
    gender: genderSchema.optional(),
    phones: z.array(phoneInputSchema).max(maxPhones).optional(),
    email: patchText(200, 'email').refine(emailCheck, vk('emailShape')),
    address: patchText(500, 'address'),
    company: patchText(200, 'company'),
    title: patchText(100, 'title'),
    about: patchText(20_000, 'about them'),
    tags: z.array(tagSchema).max(50).optional(),
    referredBy: idSchema.nullable().optional(),
    responsible: staffNameSchema.nullable().optional(),
  })
  .strict();

export const customerSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Null means "use the suggestion"; the UI shows displayAddressAs. */
  addressAs: z.string().nullable(),
  displayAddressAs: z.string(),
  gender: genderSchema,
  phones: z.array(phoneSchema),
  email: z.string().nullable(),
  address: z.string().nullable(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  about: z.string().nullable(),
  tags: z.array(z.string()),
  referredBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The staff member who looks after them; null for nobody in particular. */
  responsible: z.string().nullable(),
  archivedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const customerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  displayAddressAs: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  tags: z.array(z.string()),
  lastVisitAt: instantSchema.nullable(),
  archivedAt: instantSchema.nullable(),
  responsible: z.string().nullable(),
  /** From the book's values (as of their day); null before they are computed. */
  tier: z.enum(tiers).nullable(),
  stage: z.enum(stages).nullable(),
  spendInWindow: z.number().nullable(),
});

/** What the customer list can be narrowed to; saved as named segments. */
export const listFilterSchema = z
  .object({
    tiers: z.array(z.enum(tiers)).max(tiers.length).optional(),
    stages: z.array(z.enum(stages)).max(stages.length).optional(),
    tag: z.string().trim().min(1).max(40).optional(),
    /** Came in within this many days. */
    seenWithinDays: z.int().min(1).max(3650).optional(),
    /** Has not come in for at least this many days (or never). */
    notSeenForDays: z.int().min(1).max(3650).optional(),
    /** Spent at least this much (minor units) over the value window. */
    minSpend: z.int().min(0).optional(),
    /** Their own birthday falls in this month (as written: lunar birthdays by lunar month). */
    birthdayMonth: z.int().min(1).max(12).optional(),
    /** Looked after by this staff member ("my customers" is this counter's own). */
    responsible: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

export const listSorts = ['recent', 'name', 'spend', 'visits'] as const;
export type ListFilter = z.infer<typeof listFilterSchema>;

export type CustomerDraft = z.input<typeof customerDraftSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customersContract = {
  'customers.create': defineCall({
    summary: 'Add a customer; a name or a phone number is enough, the rest can come later.',
    input: customerDraftSchema,
    output: customerSchema,
  }),
  'customers.update': defineCall({
    summary: 'Change some of a customer’s details; fields left out stay as they are.',
    input: z.object({ id: idSchema, patch: customerPatchSchema }).strict(),
    output: customerSchema,
  }),
  'customers.get': defineCall({
    summary: 'One customer with all their basic facts.',
    input: z.object({ id: idSchema }).strict(),
    output: customerSchema,
  }),
  'customers.list': defineCall({
    summary:
      'Customers, most recently seen first (or by name, spend or visits), narrowed by a piece of name, phone or company and by tier, stage, tag, last visit, spend or birthday month.',
    input: z
      .object({
        query: z.string().trim().max(100).default(''),
        includeArchived: z.boolean().default(false),
        limit: z.int().min(1).max(500).default(100),
        offset: z.int().min(0).default(0),
        filter: listFilterSchema.default({}),
        sort: z.enum(listSorts).default('recent'),
      })
      .strict(),
    output: z.object({ items: z.array(customerSummarySchema), total: z.int() }),
  }),
  'customers.everything': defineCall({
    summary: 'Everything the book holds about one customer (their own request to see it), as in the JSON archive.',
    input: z.object({ id: idSchema }).strict(),
    output: archiveCustomerSchema,
  }),
  'customers.delete': defineCall({
    summary: 'Delete a customer and everything about them for good (search index included); older backups still hold them.',
    input: z.object({ id: idSchema, confirmName: z.string().max(100) }).strict(),
    output: z.object({ id: idSchema, name: z.string(), notice: z.string() }),
  }),
  'customers.archive': defineCall({
    summary: 'Archive a customer (hidden from lists, nothing deleted) or bring them back.',
    input: z.object({ id: idSchema, archived: z.boolean() }).strict(),
    output: customerSchema,
  }),
};
