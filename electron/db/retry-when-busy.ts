/** SQLite's "the book changed or is locked" errors: the work can simply run again. */
export function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `work` (a whole transaction) up to `attempts` times while SQLite answers busy. In WAL mode
 * a transaction that read before another connection committed cannot then write
 * (SQLITE_BUSY_SNAPSHOT); running it again reads the newer book, so nothing stale is written.
 */
export async function retryWhenBusy<T>(work: () => Promise<T>, attempts: number): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || attempt >= attempts) throw error;
    }
  }
}
