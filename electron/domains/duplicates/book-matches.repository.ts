import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** One person to look for in the book, already normalized: phones as digits, email trimmed. */
export interface MatchProbe {
  name: string;
  digits: readonly string[];
  email: string | null;
  excludeId: string | null;
}

export interface MatchRow {
  i: number;
  customer_id: string;
  reason: 'phone' | 'email' | 'name';
}

/**
 * The best match in the book for each probe, by index: the same phone digits (6 or more), else
 * the same email (ASCII case folded), else the same name with a phone ending in the same 4
 * digits. Archived customers are not matched. Where several customers match, the one with the
 * most visits (then the earliest) wins, so a match names the record the owner knows.
 *
 * The probes travel as one JSON value read with json_each, whatever their number; each branch
 * walks an index from the probe (phone digits, customer name) or joins against one
 * materialized list of the book's emails, which SQLite indexes for the join.
 */
export async function bookMatches(db: Db, probes: readonly MatchProbe[]): Promise<MatchRow[]> {
  if (probes.length === 0) return [];
  const json = JSON.stringify(probes.map((p) => ({ n: p.name, p: p.digits, e: p.email, x: p.excludeId })));
  const result = await sql<MatchRow>`
    WITH probe AS MATERIALIZED (
      SELECT CAST(j.key AS INTEGER) AS i, json_extract(j.value, '$.n') AS name, lower(json_extract(j.value, '$.e')) AS email,
        coalesce(json_extract(j.value, '$.x'), '') AS exclude, j.value AS v
      FROM json_each(${json}) j
    ),
    probe_phone AS MATERIALIZED (
      SELECT probe.i, probe.name, probe.exclude, d.value AS digits FROM probe, json_each(probe.v, '$.p') d
    ),
    book_email AS MATERIALIZED (
      SELECT id, lower(email) AS email FROM customers WHERE archived_at IS NULL AND email IS NOT NULL AND email != ''
    ),
    hit AS (
      SELECT pp.i, 1 AS rank, ph.customer_id AS id
      FROM probe_phone pp JOIN customer_phones ph ON ph.digits = pp.digits
      WHERE length(pp.digits) >= 6 AND ph.customer_id != pp.exclude
      UNION ALL
      SELECT probe.i, 2, be.id FROM probe JOIN book_email be ON be.email = probe.email
      WHERE probe.email IS NOT NULL AND be.id != probe.exclude
      UNION ALL
      SELECT pp.i, 3, c.id
      FROM probe_phone pp JOIN customers c ON c.name = pp.name
      JOIN customer_phones ph ON ph.customer_id = c.id AND substr(ph.digits, -4) = substr(pp.digits, -4)
      WHERE pp.name != '' AND length(pp.digits) >= 4 AND length(ph.digits) >= 4 AND c.id != pp.exclude
    ),
    ranked AS (
      SELECT hit.i, hit.rank, hit.id,
        row_number() OVER (PARTITION BY hit.i ORDER BY hit.rank, c.visit_count DESC, c.created_at, c.id) AS n
      FROM hit JOIN customers c ON c.id = hit.id
      WHERE c.archived_at IS NULL
    )
    SELECT i, id AS customer_id, CASE rank WHEN 1 THEN 'phone' WHEN 2 THEN 'email' ELSE 'name' END AS reason
    FROM ranked WHERE n = 1`.execute(db);
  return result.rows;
}
