import type { Result } from '../../shared/domain/result';

/**
 * Locks the book and, once it is locked, tells the page so that no customer stays on the screen
 * until the next call. An unprotected book refuses the lock, and the page is left alone.
 */
export function lockAndTell(lock: () => Promise<Result<unknown>>, tellPage: () => void, onError: (error: unknown) => void = console.error) {
  return async (): Promise<Result<unknown> | null> => {
    try {
      const result = await lock();
      if (result.ok) tellPage();
      return result;
    } catch (error) {
      onError(error);
      return null;
    }
  };
}
