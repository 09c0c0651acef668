import { differenceInCalendarDays } from 'date-fns';
import type { TFunction } from 'i18next';
import type { CallOutput } from '../../../../shared/contract';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { relativeDay, shortDate, timeOfDay } from '../../app/i18n/format';

export type SyncStatus = CallOutput<'sync.status'>;
export type SyncConflict = CallOutput<'sync.conflicts'>['items'][number];

/**
 * What the page says about the book and the hub. "In sync" only when the last check with the hub
 * verified it and nothing has been written here since: anything less would promise what was not checked.
 */
export function stateLines(t: TFunction, s: SyncStatus): string[] {
  if (s.running) return [t('sync.running')];
  const waiting = s.waiting > 0 ? [t('sync.waiting', { count: s.waiting })] : [];
  if (s.inSync === null) return [t('sync.notChecked'), ...waiting];
  if (s.inSync) return waiting.length > 0 ? waiting : [t('sync.inSync')];
  const differing = s.differing > 0 ? [t('sync.differing', { count: s.differing })] : [];
  const lines = [...differing, ...waiting];
  return lines.length > 0 ? lines : [t('sync.notSame')];
}

/** "today 14:02", "yesterday 09:15", else the date: when a sync last finished, as the app writes times elsewhere. */
export function syncedWhen(iso: string, now: Date, locale: UiLocale, words: { today: string; yesterday: string }): string {
  const days = differenceInCalendarDays(now, new Date(iso));
  const day = days === 0 || days === 1 ? relativeDay(iso, now, locale, words) : shortDate(iso, locale);
  return `${day} ${timeOfDay(iso)}`;
}

// The book's own field names (as the two counters' versions carry them) → the locale's `fields` words.
const fieldWords: Record<string, string> = {
  name: 'name',
  address_as: 'addressAs',
  gender: 'gender',
  email: 'email',
  address: 'address',
  company: 'company',
  title: 'title',
  about: 'about',
  text: 'text',
  occurred_at: 'occurredAt',
  kind: 'kind',
  phones: 'phones',
  tags: 'tags',
  likes: 'likes',
  people: 'people',
  dates: 'importantDates',
  greetingChoice: 'greetingChoice',
  card: 'memberCard',
};

/** A word from one of the locale's groups ("kinds", "fields"), or null when the group has none for `key`. */
function wordIn(t: TFunction, group: string, key: string): string | null {
  const words: unknown = t(group, { returnObjects: true });
  if (typeof words !== 'object' || words === null || !Object.hasOwn(words, key)) return null;
  const found: unknown = Reflect.get(words, key);
  return typeof found === 'string' ? found : null;
}

/** A conflicting field by its name in the user's language; one no locale names shows as it came. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = fieldWords[field];
  return (key === undefined ? null : wordIn(t, 'fields', key)) ?? field;
}

/** One version's value as a person reads it: a time as a date, a kind or gender in words, nothing as "(empty)". */
export function fieldValue(t: TFunction, locale: UiLocale, field: string, value: string | null): string {
  if (value === null || value === '') return t('sync.empty');
  if (field === 'kind') return wordIn(t, 'kinds', value) ?? value;
  if (field === 'gender' && (value === 'female' || value === 'male')) return t(`details.${value}`);
  if (field === 'occurred_at' && !Number.isNaN(new Date(value).getTime())) return `${shortDate(value, locale)} ${timeOfDay(value)}`;
  return value;
}
