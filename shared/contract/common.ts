import { z } from 'zod';
import { isTimeZone, isValidDay } from '../domain/calendar-date';
import { vk } from './validation';

// Every message here and in the contract files is a key (vk), never a sentence: the UI words it
// in the user's language and the field it is about comes from the path. zod's own checks (too
// long, too big, missing …) need none: shared/contract/validation.ts words them by issue code.

export const idSchema = z.uuid();

/** Instants travel as ISO 8601 with an offset; the store keeps them in UTC. */
export const instantSchema = z.iso.datetime({ offset: true });

/**
 * The one schema for a calendar day ("2026-11-24") in every call: real days only (2026-02-31 is
 * refused). A day a client sends is a question ("what was due then?"), never the book's today:
 * the server works that out from the book's time zone and its own clock.
 */
export const daySchema = z.string().refine(isValidDay, vk('dayNotReal'));

/** An IANA time zone this runtime knows ("Asia/Shanghai"); the shop's decides the book's today. */
export const timeZoneSchema = z.string().refine(isTimeZone, vk('timeZoneUnknown'));

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, vk('currencyCode'));

// The label names the field for whoever reads the schema; a refusal names it by its path.
export function text(max: number, _label = 'text') {
  return z.string().max(max);
}

export function requiredText(max: number, _label: string) {
  return z.string().trim().min(1).max(max);
}

/** Optional free text: absent, null or blank all mean "not filled in yet". */
export function optionalText(max: number, _label: string) {
  return z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));
}

/** For patches: absent stays absent (unchanged), while null or blank clears the field. */
export function patchText(max: number, _label: string) {
  return z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value === '' ? null : value));
}
