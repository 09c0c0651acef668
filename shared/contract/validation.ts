import type { z } from 'zod';
import { englishMessage, isMessageKey, type MessageKey, type MessageParams } from '../domain/messages';
import type { ValidationIssue } from '../domain/result';

/**
 * A schema's own message: the key of its words in shared/domain/messages (never an English
 * sentence), so the UI can say it in the user's language. Values that the key's words need and
 * zod does not report ride along after a space, as JSON.
 */
export function vk(key: MessageKey, params?: MessageParams): string {
  return params === undefined ? key : `${key} ${JSON.stringify(params)}`;
}

/** The key and values a message made by vk() names; null for any other message (zod's own wording). */
export function keyOfMessage(message: string): { key: MessageKey; params: MessageParams } | null {
  const space = message.indexOf(' ');
  const key = space < 0 ? message : message.slice(0, space);
  if (!isMessageKey(key)) return null;
  if (space < 0) return { key, params: {} };
  const params = parseParams(message.slice(space + 1));
  return params === null ? null : { key, params };
}

function parseParams(json: string): MessageParams | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const params: MessageParams = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    params[name] = v;
  }
  return params;
}

type Issue = z.core.$ZodIssue;
type Said = { key: MessageKey; params: MessageParams };

/**
 * One zod issue as the UI words it: a schema's own key where it gave one, else a key for zod's
 * check by its issue code, with the limits zod reports (maximum, minimum, expected …) as values.
 */
export function issueOf(issue: Issue): ValidationIssue {
  const reported = valuesOf(issue);
  const said = isMissing(issue) ? { key: 'required' as const, params: {} } : (keyOfMessage(issue.message) ?? byCode(issue, reported));
  return { path: issue.path.map(String), key: said.key, params: { ...reported, ...said.params } };
}

export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map(issueOf);
}

/** Absent where a value is needed (a field left out, or a choice not made): zod says so only in its English, unless the input was reported. */
function isMissing(issue: Issue): boolean {
  if ((issue.code !== 'invalid_type' && issue.code !== 'invalid_value') || issue.path.length === 0) return false;
  if ('input' in issue) return issue.input === undefined;
  return /received undefined$/.test(issue.message);
}

function valuesOf(issue: Issue): MessageParams {
  switch (issue.code) {
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    case 'invalid_type':
      return { expected: issue.expected };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_value':
      return { allowed: issue.values.map(String).join(', ') };
    case 'unrecognized_keys':
      return { keys: issue.keys.join(', ') };
    default:
      return {};
  }
}

const sizes = new Set(['array', 'set', 'map', 'file']);

function byCode(issue: Issue, values: MessageParams): Said {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'notWholeNumber', params: {} };
      if (issue.expected === 'number') return { key: 'notANumber', params: {} };
      if (issue.path.length === 0 && issue.expected === 'object') return { key: 'notAnObject', params: {} };
      return { key: 'wrongType', params: values };
    case 'too_big':
      return { key: issue.origin === 'string' ? 'tooLong' : sizes.has(issue.origin) ? 'tooMany' : 'tooBig', params: values };
    case 'too_small':
      if (issue.origin === 'string') return { key: Number(issue.minimum) <= 1 ? 'empty' : 'tooShort', params: values };
      return { key: sizes.has(issue.origin) ? 'tooFew' : 'tooSmall', params: values };
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return { key: 'notAnId', params: {} };
      if (issue.format === 'datetime') return { key: 'notAnInstant', params: {} };
      return { key: 'badFormat', params: values };
    case 'invalid_value':
      return { key: 'notOneOf', params: values };
    case 'unrecognized_keys':
      return { key: 'unknownFields', params: values };
    default:
      return { key: 'invalidValue', params: {} };
  }
}

/** The issues in English, for the command line and logs: "phones.0.number: phone number must contain digits". */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const parts = issues.slice(0, 5).map((issue) => {
    const message = englishOf(issue);
    return issue.path.length === 0 ? message : `${issue.path.join('.')}: ${message}`;
  });
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `${parts.join('; ')}${more}`;
}

/** What is wrong with one field, in English. */
export function englishOf(issue: ValidationIssue): string {
  return isMessageKey(issue.key) ? englishMessage(issue.key, issue.params) : issue.key;
}
