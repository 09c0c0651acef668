import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import { useApi } from '../../api';
import { errorText, refusalText } from '../../app/error-text';
import { moveRequest, typedAmount, type AskedMove, type MoveDraft } from './card-move-request';

interface Asked {
  asked: AskedMove;
  customerId: string;
  currency: string;
  onDone(line: string): void;
}

/** The move dialog's fields, the rules a top-up or a sale reads, and the one call its submit makes. */
export function useCardMove({ asked, customerId, currency, onDone }: Asked) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<MoveDraft>({ amount: '', gift: '', kind: '', uses: '10', validUntil: '' });
  const [rules, setRules] = useState<CardRules | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const typed = typedAmount(asked, draft.amount, currency);
  const change = (patch: Partial<MoveDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (asked !== 'top_up' && asked !== 'sell_punch') return;
    void api['cards.rules']({}).then((r) => r.ok && setRules(r.value));
  }, [api, asked]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const asking = moveRequest(asked, draft, typed);
    setProblem(asking === null ? t('cards.amountNeeded') : undefined);
    if (asking === null || busy) return;
    setBusy(true);
    const moved = await api['cards.move']({ customerId, request: asking });
    setBusy(false);
    // A refusal (not enough on the card, a bad amount) is said beside the amount, and nothing was written.
    if (moved.ok) onDone(moved.value.line);
    else setProblem((moved.error.issues ?? []).length > 0 ? errorText(t, moved.error) : refusalText(t, moved.error));
  }

  return { draft, change, rules, problem, busy, typed, submit };
}
