import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useStatus } from '../../app/status';
import { draftOf, rulesOf, type DraftProblem, type RulesDraft } from './card-rules-draft';

/** The card rules as saved, the form's draft of them, what is wrong with the draft, and its save. */
export function useCardRules(currency: string) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [rules, setRules] = useState<CardRules | null>(null);
  const [draft, setDraft] = useState<RulesDraft | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);

  useEffect(() => {
    void call(api['cards.rules']({})).then((r) => {
      if (r === null) return;
      setRules(r);
      setDraft(draftOf(r, currency));
    });
  }, [api, call, currency]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null || rules === null) return;
    const next = rulesOf(draft, currency, rules);
    setProblems('problems' in next ? next.problems : []);
    if ('problems' in next) return;
    const saved = await call(api['cards.setRules'](next.rules));
    if (saved === null) return;
    setRules(saved);
    setDraft(draftOf(saved, currency));
    say(t('cardRules.saved'));
  }

  return { rules, draft, setDraft, problems, save };
}
