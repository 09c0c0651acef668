import { useTranslation } from 'react-i18next';
import type { DraftProblem } from './card-rules-draft';

/** What is wrong with one part of the card rules, said where that part is; nothing when it is fine. */
export function RuleProblem({ part, problems }: { part: DraftProblem; problems: readonly DraftProblem[] }) {
  const { t } = useTranslation();
  return problems.includes(part) ? (
    <small className="field-problem" role="alert">
      {t(`cardRulesMore.problem.${part}`)}
    </small>
  ) : null;
}
