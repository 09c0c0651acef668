import { AppError } from '../../api/app-error';
import { errorText } from '../../../shared/error-text';

/** A failure talking to the hub, as a person can read it: refused credentials, or the hub out of reach. */
export function hubError(error: unknown, hubUrl: string): AppError {
  if (error instanceof AppError) return error;
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : NaN;
  const host = (() => {
    try {
      return new URL(hubUrl).host;
    } catch {
      return hubUrl;
    }
  })();
  if (status === 401 || status === 403) return AppError.saying('UNAUTHORIZED', 'syncHubRefused', { status });
  // An answer from the hub, or a failure to get one, is the hub's; anything else failed here.
  const fromNetwork =
    !Number.isNaN(status) ||
    (typeof error === 'object' &&
      error !== null &&
      (('code' in error && /^E[A-Z]+/.test(String(error.code))) || ('name' in error && /fetch/i.test(String(error.name))))) ||
    /fetch failed|network|socket|ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/i.test(errorText(error));
  if (!fromNetwork) return AppError.saying('INTERNAL', 'syncFailedHere', { reason: errorText(error) });
  const reason = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : errorText(error);
  return AppError.saying('CONFLICT', 'syncHubUnreachable', { host, reason });
}
