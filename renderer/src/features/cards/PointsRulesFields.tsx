import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import { tiers } from '../../../../shared/domain/customer-value';
import { pointsExpiryRules } from '../../../../shared/domain/points-expiry';
import type { DraftProblem, RulesDraft } from './card-rules-draft';
import { RuleProblem } from './RuleProblem';

interface Props {
  draft: RulesDraft;
  problems: readonly DraftProblem[];
  onChange(patch: Partial<RulesDraft>): void;
}

/** Points per currency unit, how they round, and when they expire (a new rule counts from today). */
export function PointsFields({ draft, problems, onChange, savedExpiry }: Props & { savedExpiry: CardRules['pointsExpiry'] | undefined }) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t('cardRulesMore.points')}</legend>
      <label className="field">
        <span className="field-name">{t('cardRules.pointsPerUnit')}</span>
        <input
          inputMode="decimal"
          value={draft.pointsPerUnit}
          aria-invalid={problems.includes('points')}
          onChange={(e) => onChange({ pointsPerUnit: e.target.value })}
        />
        <RuleProblem part="points" problems={problems} />
      </label>
      <label className="field">
        <span className="field-name">{t('cardRulesMore.rounding')}</span>
        <select value={draft.rounding} onChange={(e) => onChange({ rounding: e.target.value === 'nearest' ? 'nearest' : 'down' })}>
          <option value="down">{t('cardRulesMore.roundDown')}</option>
          <option value="nearest">{t('cardRulesMore.roundNearest')}</option>
        </select>
      </label>
      <label className="field">
        <span className="field-name">{t('cardRulesMore.expiry')}</span>
        <select
          value={draft.pointsExpiry}
          onChange={(e) => onChange({ pointsExpiry: pointsExpiryRules.find((r) => r === e.target.value) ?? 'never' })}
        >
          {pointsExpiryRules.map((rule) => (
            <option key={rule} value={rule}>
              {t(`cardRulesMore.expiryRules.${rule}`)}
            </option>
          ))}
        </select>
        {draft.pointsExpiry !== savedExpiry && draft.pointsExpiry !== 'never' && (
          <small className="muted">{t('cardRulesMore.expiryFromToday')}</small>
        )}
      </label>
    </fieldset>
  );
}

/** How many times the points a tier's customers earn. */
export function MultiplierFields({ draft, problems, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group card-multipliers">
      <legend>{t('cardRulesMore.multipliers')}</legend>
      {tiers.map((tier) => (
        <label key={tier} className="field">
          <span className="field-name">{t('cardRulesMore.tierTimes', { tier: t(`value.tiers.${tier}`) })}</span>
          <input
            inputMode="decimal"
            value={draft.multipliers[tier]}
            aria-invalid={problems.includes('multipliers')}
            onChange={(e) => onChange({ multipliers: { ...draft.multipliers, [tier]: e.target.value } })}
          />
        </label>
      ))}
      <RuleProblem part="multipliers" problems={problems} />
    </fieldset>
  );
}
