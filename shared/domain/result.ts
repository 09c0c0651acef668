/** Every reply across a process or network boundary is one of these, never a thrown error. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'CONFLICT',
  'BOOK_TOO_NEW',
  'UNAUTHORIZED',
  'LOCKED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  /** In English; the UI shows it when it has no wording of its own for `key`. */
  message: string;
  /** A key of shared/domain/messages and its values, for the UI to word in its language. */
  key?: string;
  params?: Record<string, string | number>;
  /** For INVALID_INPUT: each refused field, by path, worded by key like the error itself. */
  issues?: ValidationIssue[];
}

/** One field a call refused: where it is in the input ("phones", "0", "number") and what is wrong, by message key. */
export interface ValidationIssue {
  path: string[];
  key: string;
  params: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
