import type { ErrorCode } from '../../shared/domain/result';
import { englishMessage, type MessageKey, type MessageParams } from '../../shared/domain/messages';

/** A failure meant for a person to read; the dispatcher turns it into a Result. */
export class AppError extends Error {
  /** Set when the message is one of shared/domain/messages, so the UI can word it in its language. */
  readonly said?: { key: MessageKey; params: MessageParams };

  constructor(
    readonly code: ErrorCode,
    message: string,
    said?: { key: MessageKey; params: MessageParams },
  ) {
    super(message);
    this.name = 'AppError';
    if (said !== undefined) this.said = said;
  }

  /** A failure worded by key: English here, the UI's language on screen. */
  static saying(code: ErrorCode, key: MessageKey, params: MessageParams = {}): AppError {
    return new AppError(code, englishMessage(key, params), { key, params });
  }
}

const notFoundKeys = {
  customer: 'notFoundCustomer',
  entry: 'notFoundEntry',
  preference: 'notFoundPreference',
  person: 'notFoundPerson',
  date: 'notFoundDate',
  segment: 'notFoundSegment',
} as const satisfies Record<string, MessageKey>;

export function notFound(what: keyof typeof notFoundKeys): AppError {
  return AppError.saying('NOT_FOUND', notFoundKeys[what]);
}
