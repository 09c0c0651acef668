import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/domain/result';
import { useStatus } from './status';
import { errorText } from './error-text';

/** Awaits a call; on failure says the error plainly and gives back null. */
export function useCall() {
  const { say } = useStatus();
  const { t } = useTranslation();
  return useCallback(
    async <T>(pending: Promise<Result<T>>): Promise<T | null> => {
      const result = await pending;
      if (result.ok) return result.value;
      say(errorText(t, result.error), { tone: 'error' });
      return null;
    },
    [say, t],
  );
}
