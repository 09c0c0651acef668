import type { ErrorCode, ValidationIssue } from '../../shared/domain/result';
import { englishMessage, type MessageKey, type MessageParams } from '../../shared/domain/messages';
import { describeIssues } from '../../shared/contract/validation';

/** A failure meant for a person to read; the dispatcher turns it into a Result. */
export class AppError extends Error {
  /** Set when the message is one of shared/domain/messages, so the UI can word it in its language. */
  readonly said?: Said;

  constructor(
    readonly code: ErrorCode,
    message: string,
    said?: Said,
  ) {
    super(message);
    this.name = 'AppError';
    if (said !== undefined) this.said = said;
  }

  /** A failure worded by key: English here, the UI's language on screen. */
  static saying(code: ErrorCode, key: MessageKey, params: MessageParams = {}): AppError {
    return new AppError(code, englishMessage(key, params), { key, params });
  }

  /** A call's input refused field by field: each issue worded by key, the whole in English for logs and the command line. */
  static invalid(call: string, issues: ValidationIssue[]): AppError {
    const params = { call, problems: describeIssues(issues) };
    return new AppError('INVALID_INPUT', englishMessage('invalidInput', params), { key: 'invalidInput', params, issues });
  }
}

interface Said {
  key: MessageKey;
  params: MessageParams;
  issues?: ValidationIssue[];
}

const notFoundKeys = {
  customer: 'notFoundCustomer',
  entry: 'notFoundEntry',
  preference: 'notFoundPreference',
  person: 'notFoundPerson',
  date: 'notFoundDate',
  segment: 'notFoundSegment',
  occasion: 'notFoundOccasion',
} as const satisfies Record<string, MessageKey>;

export function notFound(what: keyof typeof notFoundKeys): AppError {
  return AppError.saying('NOT_FOUND', notFoundKeys[what]);
}
