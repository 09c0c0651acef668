import { useTranslation } from 'react-i18next';
import type { RulesDraft } from './card-rules-draft';
import { BonusTiersEditor, PunchKindsEditor } from './CardRuleRows';
import { MultiplierFields, PointsFields } from './PointsRulesFields';
import { RuleProblem } from './RuleProblem';
import { useCardRules } from './use-card-rules';

/**
 * Settings → member cards: points per currency unit and how they round, a multiplier per tier,
 * when points expire, top-up bonus tiers and the punch-card kinds the shop sells. Past movements
 * keep what they were.
 */
export function CardRulesSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const { rules, draft, setDraft, problems, save } = useCardRules(currency);

  if (draft === null) return null;
  const change = (patch: Partial<RulesDraft>) => setDraft({ ...draft, ...patch });
  return (
    <section className="restore card-rules">
      <h3>{t('cardRules.title')}</h3>
      <form className="protection-form" onSubmit={(e) => void save(e)} noValidate>
        <PointsFields draft={draft} problems={problems} onChange={change} savedExpiry={rules?.pointsExpiry} />
        <MultiplierFields draft={draft} problems={problems} onChange={change} />
        <BonusTiersEditor
          rows={draft.bonusTiers}
          onChange={(bonusTiers) => change({ bonusTiers })}
          problem={<RuleProblem part="bonusTiers" problems={problems} />}
        />
        <PunchKindsEditor
          rows={draft.punchKinds}
          onChange={(punchKinds) => change({ punchKinds })}
          problem={<RuleProblem part="punchKinds" problems={problems} />}
        />
        <p className="muted">{t('cardRules.pastKept')}</p>
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {t('cardRules.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
