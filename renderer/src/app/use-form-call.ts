import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/domain/result';
import { issuesByField } from './error-text';
import { useStatus } from './status';

/**
 * Awaits a form's call like useCall, but puts each refused field's words beside that field (one of
 * `fields`, matched by path: "phones" takes patch.phones.1.number); what no field is about, or a
 * failure that is not a refusal, goes to the status line. Pass `fields` as a constant.
 */
export function useFormCall<F extends string>(fields: readonly F[]) {
  const { say } = useStatus();
  const { t } = useTranslation();
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const run = useCallback(
    async <T>(pending: Promise<Result<T>>): Promise<T | null> => {
      const result = await pending;
      if (result.ok) {
        setProblems({});
        return result.value;
      }
      const placed = issuesByField(t, result.error, fields);
      setProblems(placed.byField);
      say(placed.rest ?? t('serverMessages.invalidInput'), { tone: 'error' });
      return null;
    },
    [fields, say, t],
  );
  return { problems, setProblems, run };
}
