import type { TFunction } from 'i18next';
import { isMessageKey, type MessageParams } from '../../../shared/domain/messages';
import type { ValidationIssue } from '../../../shared/domain/result';

interface ErrorLike {
  message: string;
  key?: string | undefined;
  params?: MessageParams | undefined;
  issues?: ValidationIssue[] | undefined;
}

/**
 * A failed call's message in the UI's language: each refused field by name ("电话：电话号码里要有数字"),
 * else worded from its key where the book's code gave one (serverMessages in the locales), else
 * the English message as it came.
 */
export function errorText(t: TFunction, error: ErrorLike): string {
  const issues = error.issues ?? [];
  if (issues.length > 0) return issues.map((issue) => issueText(t, issue, callOf(error))).join(t('errors.issueSeparator'));
  return t('errors.generic', { message: refusalText(t, error) });
}

/** A refusal's own words, without "something went wrong": for beside the field it is about. */
export function refusalText(t: TFunction, error: ErrorLike): string {
  return error.key !== undefined && isMessageKey(error.key) ? t(`serverMessages.${error.key}`, worded(t, error.params)) : error.message;
}

/** A value that is itself a message key (`problemKey`) is worded too, as `problem`, so no English slips into a sentence. */
function worded(t: TFunction, params: MessageParams = {}): MessageParams {
  const out: MessageParams = { ...params };
  for (const [name, value] of Object.entries(params))
    if (name.endsWith('Key') && typeof value === 'string' && isMessageKey(value))
      out[name.slice(0, -'Key'.length)] = t(`serverMessages.${value}`, params);
  return out;
}

function callOf(error: ErrorLike): string | undefined {
  const call = error.params?.call;
  return typeof call === 'string' ? call : undefined;
}

/** What is wrong with one field, without its name: for beside the field. */
export function issueMessage(t: TFunction, issue: ValidationIssue): string {
  return isMessageKey(issue.key) ? t(`serverMessages.${issue.key}`, issue.params) : t('serverMessages.invalidValue');
}

/** One refused field with its name, "VIP 比例：不能大于 50"; the whole input's own refusals without one. */
export function issueText(t: TFunction, issue: ValidationIssue, call?: string): string {
  const message = issueMessage(t, issue);
  if (issue.path.length === 0) return message;
  return t('errors.issue', { field: fieldName(t, issue.path, call), message });
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** The last list position in a path ("phones", "1", "number" → 1), or null. */
function positionIn(path: readonly string[]): number | null {
  const last = path.findLast(isIndex);
  return last === undefined ? null : Number(last);
}

/**
 * A field's name in the user's language, from the locale's `fields` by its path: the most exact
 * of call_parent_name, call_name, parent_name and name, going up the path; a field no locale names
 * is "one field", never its English name. The second and later of a list are numbered.
 */
export function fieldName(t: TFunction, path: readonly string[], call?: string): string {
  const words: unknown = t('fields', { returnObjects: true });
  const word = (key: string): string | null => {
    if (typeof words !== 'object' || words === null || !Object.hasOwn(words, key)) return null;
    const found: unknown = Reflect.get(words, key);
    return typeof found === 'string' ? found : null;
  };
  const names = path.filter((segment) => !isIndex(segment));
  const domain = call?.split('.')[0];
  let named: string | null = null;
  for (let i = names.length - 1; i >= 0 && named === null; i -= 1) {
    const leaf = names[i] ?? '';
    const pair = i > 0 ? `${names[i - 1] ?? ''}_${leaf}` : null;
    const candidates = [
      ...(domain !== undefined && pair !== null ? [`${domain}_${pair}`] : []),
      ...(domain !== undefined ? [`${domain}_${leaf}`] : []),
      ...(pair !== null ? [pair] : []),
      leaf,
    ];
    named = candidates.map(word).find((w) => w !== null) ?? null;
  }
  const field = named ?? t('errors.someField');
  const position = positionIn(path);
  return position !== null && position > 0 ? t('errors.nthField', { field, n: position + 1 }) : field;
}

export interface PlacedProblems<F extends string> {
  /** What to show beside each of the form's fields. */
  byField: Partial<Record<F, string>>;
  /** What no field of the form is about, for the status line; null when every problem has its place. */
  rest: string | null;
}

/** Which of a form's fields a refused path is about: "phones" takes ["patch", "phones", "1", "number"]. */
function fieldOf<F extends string>(path: readonly string[], fields: readonly F[]): F | null {
  const names = path.filter((segment) => !isIndex(segment));
  for (const field of fields) {
    const parts = field.split('.');
    for (let start = 0; start + parts.length <= names.length; start += 1) {
      if (parts.every((part, i) => names[start + i] === part)) return field;
    }
  }
  return null;
}

/**
 * Sorts a failed call's refusals onto a form's fields, worded in the user's language, so each
 * shows beside the field it is about; the second and later of a list say which one.
 */
export function issuesByField<F extends string>(t: TFunction, error: ErrorLike, fields: readonly F[]): PlacedProblems<F> {
  const issues = error.issues ?? [];
  if (issues.length === 0) return { byField: {}, rest: errorText(t, error) };
  const byField: Partial<Record<F, string>> = {};
  const left: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path, fields);
    if (field === null) {
      left.push(issue);
      continue;
    }
    const position = positionIn(issue.path);
    const message = issueMessage(t, issue);
    const text = position !== null && position > 0 ? t('errors.nth', { n: position + 1, message }) : message;
    const before = byField[field];
    byField[field] = before === undefined ? text : `${before}${t('errors.issueSeparator')}${text}`;
  }
  return { byField, rest: left.length === 0 ? null : errorText(t, { ...error, issues: left }) };
}
