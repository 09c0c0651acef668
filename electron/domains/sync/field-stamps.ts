/**
 * Hybrid logical clock stamps of a customer's fields. A stamp is the wall clock in milliseconds,
 * never behind the newest stamp this device has seen from another counter (so a change made after
 * seeing another counter's change always stamps later, whatever the two clocks say), then the
 * device that made it: `000001733300000000:ab12cd34`. Stamps compare as text.
 */
export interface FieldStamp {
  /** When the field took the value the document holds (or was removed: `gone`). */
  at: string;
  /** The stamp of the value it replaced: a value of another counter stamped `prior` was seen and replaced, not lost. */
  prior?: string;
  /** The phone, tag, like, person or date was removed. */
  gone?: true;
}

/** Each field's stamp, by field: "customers.<column>" for the customer's own, "<table>|<key as JSON>" for a phone, tag, like... */
export type Stamps = Record<string, FieldStamp>;

/** sync_state keys: the newest stamp seen from another counter (milliseconds), and this device's id within stamps. */
export const clockKey = 'clock';
export const deviceIdKey = 'device.id';

const msDigits = 15;

/**
 * A stamp as SQL, for a trigger: now, or one past the newest stamp seen from another counter, or
 * (`after`: SQL of the stamp the field holds) one past the field's own last stamp, so a counter's
 * next change of a field always stamps later than its last, whatever its wall clock did.
 */
export function stampSql(after?: string): string {
  const own = after === undefined ? '' : `, CAST(substr(${after}, 1, ${msDigits}) AS INTEGER) + 1`;
  return (
    `printf('%0${msDigits}d', max(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER), ` +
    `coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = '${clockKey}'), 0) + 1${own})) || ':' || ` +
    `coalesce((SELECT value FROM sync_state WHERE key = '${deviceIdKey}'), '')`
  );
}

/** The milliseconds of a stamp, or null for one that is not a stamp. */
export function msOf(at: string): number | null {
  const digits = at.slice(0, msDigits);
  return at.charAt(msDigits) === ':' && /^\d+$/.test(digits) ? Number(digits) : null;
}

export const rootField = (table: string, column: string): string => `${table}.${column}`;

/** A row of a part table as a field: the table and the row's own key (its primary key, less the customer's id). */
export const elementField = (table: string, key: readonly unknown[]): string => `${table}|${JSON.stringify(key)}`;

/**
 * A field name as JavaScript spells it: SQLite's json_array and JSON.stringify may escape a key's
 * characters differently, so a trigger's field is read back through JSON.
 */
export function canonicalField(field: string): string {
  const bar = field.indexOf('|');
  if (bar < 0) return field;
  try {
    return `${field.slice(0, bar)}|${JSON.stringify(JSON.parse(field.slice(bar + 1)))}`;
  } catch {
    return field;
  }
}

/** Stamps that read as stamps, sorted by field; whatever a hub made up otherwise is dropped. */
export function cleanStamps(value: unknown): Stamps | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Stamps = {};
  for (const field of Object.keys(value).sort()) {
    const stamp: unknown = (value as Record<string, unknown>)[field];
    if (typeof stamp !== 'object' || stamp === null) continue;
    const { at, prior, gone } = stamp as Record<string, unknown>;
    if (typeof at !== 'string' || msOf(at) === null) continue;
    out[field] = {
      at,
      ...(typeof prior === 'string' && msOf(prior) !== null ? { prior } : {}),
      ...(gone === true ? { gone: true as const } : {}),
    };
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
