import { useTranslation } from 'react-i18next';
import type { Entry, EntryDraft } from '../../../../shared/contract';
import { useApi } from '../../api';
import { errorText, refusalText } from '../../app/error-text';
import { useCall } from '../../app/use-call';

/**
 * Saves the composer's entry: a member's purchase as entry, payment and points in one call, where a
 * refusal (not enough on the card) is said in the form and nothing is saved; any other entry as is.
 */
export function useSendEntry(setProblem: (problem: string) => void) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  return async function sendEntry(draft: EntryDraft, memberPayMinor: number | null): Promise<Entry | null> {
    if (memberPayMinor === null) return call(api['entries.add'](draft));
    const saved = await api['cards.purchase']({ entry: draft, payMinor: memberPayMinor });
    if (saved.ok) return saved.value.entry;
    setProblem((saved.error.issues ?? []).length > 0 ? errorText(t, saved.error) : refusalText(t, saved.error));
    return null;
  };
}
