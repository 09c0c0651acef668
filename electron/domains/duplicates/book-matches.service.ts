import { normalizePhone } from '../../../shared/domain/phone';
import type { Db } from '../../db/database';
import { bookMatches } from './book-matches.repository';

export interface MatchCandidate {
  name: string;
  phones: readonly string[];
  email: string | null;
  /** The customer being edited, who must not match themselves. */
  excludeId?: string;
}

export interface BookMatch {
  customerId: string;
  reason: 'phone' | 'email' | 'name';
}

/**
 * Who in the book each candidate already is, one answer per candidate in order (null: nobody).
 * The same rules as "Find duplicates": the same phone (as normalizePhone gives its digits, so
 * "+86 138 0013 8000", "0086 13800138000" and "13800138000" are one number, while other country
 * codes must be written the same way to match), else the same email whatever its case, else the
 * same name with a phone ending in the same four digits. Customers in the archive are left out;
 * candidates are compared with the book only, not with each other. Any number of candidates is
 * one statement.
 */
export async function matchInBook(db: Db, candidates: readonly MatchCandidate[]): Promise<(BookMatch | null)[]> {
  const rows = await bookMatches(
    db,
    candidates.map((c) => {
      const email = c.email?.trim() ?? '';
      return {
        name: c.name.trim(),
        digits: [...new Set(c.phones.map(normalizePhone).filter((d) => d !== ''))],
        email: email === '' ? null : email,
        excludeId: c.excludeId ?? null,
      };
    }),
  );
  const answers: (BookMatch | null)[] = candidates.map(() => null);
  for (const row of rows) answers[row.i] = { customerId: row.customer_id, reason: row.reason };
  return answers;
}
