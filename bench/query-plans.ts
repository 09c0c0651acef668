import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../electron/db/database';

/**
 * What a call's queries use, in a few words per query: the indexes it reads ("covering" when
 * the index alone answers), the tables it scans whole, and whether it sorts in a temporary
 * B-tree. Runs the call once on a second query builder over the same connection, recording each
 * query, then asks SQLite for its plan.
 */
export async function queryPlans(sqlite: BetterSqlite3.Database, run: (db: Kysely<Database>) => Promise<unknown>): Promise<string> {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') seen.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await run(db);
  const perQuery = new Set<string>();
  for (const query of seen) {
    if (!/^\s*select/i.test(query.sql) || /from "settings"/.test(query.sql)) continue;
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[];
    const uses: string[] = [];
    // A subquery's rows read back (SCAN d) are the matches it collected, not a table.
    const subqueries = new Set(rows.flatMap(({ detail }) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(detail)?.[1] ?? []));
    for (const { detail } of rows) {
      const index = /(?:SCAN|SEARCH) (\w+)(?: AS \w+)? USING (COVERING INDEX|INDEX|PRIMARY KEY|INTEGER PRIMARY KEY) ?(\w*)/.exec(detail);
      if (index !== null) uses.push(index[2] === 'COVERING INDEX' ? `${index[3]} (covering)` : index[3] || `${index[1]} key`);
      else if (/^SCAN (\w+)$/.test(detail) && !detail.includes('json_each') && !subqueries.has(detail.slice(5)))
        uses.push(`whole ${detail.slice(5)}`);
      else if (detail.includes('TEMP B-TREE')) uses.push('+sort');
    }
    perQuery.add(uses.join(' '));
  }
  return [...perQuery].join(' | ');
}
