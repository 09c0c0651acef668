/**
 * SQLite binds at most 32,766 values in one statement; 1,000 rows of the widest table (customers,
 * 16 columns) stay well under. Every bulk insert goes through this, so callers pass whole lists.
 */
export const rowsPerStatement = 1000;

export async function forEachChunk<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) await write(rows.slice(i, i + rowsPerStatement));
}
