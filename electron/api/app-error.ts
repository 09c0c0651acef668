import type { ErrorCode } from '../../shared/domain/result';

/** A failure meant for a person to read; the dispatcher turns it into a Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `That ${what} does not exist (it may have been deleted).`);
}
