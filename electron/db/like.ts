import { sql, type Expression, type RawBuilder } from 'kysely';

/** `%` and `_` are wildcards to LIKE, and `\` is the escape this module declares. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains `text` as typed ("50%" and "a_b" mean themselves), ignoring ASCII case like
 * SQLite's LIKE. The ESCAPE clause is what makes the escaping above mean anything: without it a
 * backslash is an ordinary character and "50\%" matches nothing.
 */
export function containsText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${column} LIKE ${containsPattern(text)} ESCAPE '\\'`;
}
