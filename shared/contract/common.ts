import { z } from 'zod';
import { isTimeZone, isValidDay } from '../domain/calendar-date';
import { englishMessage } from '../domain/messages';

export const idSchema = z.uuid({ error: 'must be an id Shuke gave out' });

/** Instants travel as ISO 8601 with an offset; the store keeps them in UTC. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-11-24T09:30:00Z' });

/**
 * The one schema for a calendar day ("2026-11-24") in every call: real days only (2026-02-31 is
 * refused). A day a client sends is a question ("what was due then?"), never the book's today:
 * the server works that out from the book's time zone and its own clock.
 */
export const daySchema = z.string().refine(isValidDay, englishMessage('dayNotReal'));

/** An IANA time zone this runtime knows ("Asia/Shanghai"); the shop's decides the book's today. */
export const timeZoneSchema = z.string().refine(isTimeZone, englishMessage('timeZoneUnknown'));

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY');

export function text(max: number, label = 'text') {
  return z.string().max(max, `${label} is longer than ${max} characters`);
}

export function requiredText(max: number, label: string) {
  return z.string().trim().min(1, `${label} must not be empty`).max(max, `${label} is longer than ${max} characters`);
}

/** Optional free text: absent, null or blank all mean "not filled in yet". */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));
}

/** For patches: absent stays absent (unchanged), while null or blank clears the field. */
export function patchText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value === '' ? null : value));
}
