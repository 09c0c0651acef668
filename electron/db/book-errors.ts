/** Thrown when a book cannot be opened safely; the file is left exactly as it was. */
export class BookOpenError extends Error {
  constructor(
    readonly code: 'BOOK_TOO_NEW' | 'NOT_A_BOOK' | 'MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'BookOpenError';
  }
}
