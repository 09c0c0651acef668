import { sql, type RawBuilder } from 'kysely';

/**
 * The one way a list of unknown length reaches SQL: bound as a single JSON text and read back with
 * `json_each`, so `col IN (…)` never needs a variable per item and SQLite's limit on bound
 * variables (32,766) cannot be reached by a customer with 40,000 entries or 20,000 customers
 * sharing a phone. Use it as the right-hand side of `'in'`: `.where('customer_id', 'in', idList(ids))`.
 * Small fixed lists written in the code (entry kinds) may stay plain arrays.
 */
export function idList<T extends string | number>(values: readonly T[]): RawBuilder<T> {
  return sql<T>`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
