import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import { tiers } from '../../../../shared/domain/customer-value';
import { pointsExpiryRules } from '../../../../shared/domain/points-expiry';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useStatus } from '../../app/status';
import { draftOf, rulesOf, type DraftProblem, type RulesDraft } from './card-rules-draft';
import { BonusTiersEditor, PunchKindsEditor } from './CardRuleRows';

/**
 * Settings → member cards: points per currency unit and how they round, a multiplier per tier,
 * when points expire, top-up bonus tiers and the punch-card kinds the shop sells. Past movements
 * keep what they were.
 */
export function CardRulesSection({ currency }: { currency: string }) {
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

  if (draft === null) return null;
  const problem = (part: DraftProblem) =>
    problems.includes(part) ? (
      <small className="field-problem" role="alert">
        {t(`cardRulesMore.problem.${part}`)}
      </small>
    ) : null;
  return (
    <section className="restore card-rules">
      <h3>{t('cardRules.title')}</h3>
      <form className="protection-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="settings-group">
          <legend>{t('cardRulesMore.points')}</legend>
          <label className="field">
            <span className="field-name">{t('cardRules.pointsPerUnit')}</span>
            <input
              inputMode="decimal"
              value={draft.pointsPerUnit}
              aria-invalid={problems.includes('points')}
              onChange={(e) => setDraft({ ...draft, pointsPerUnit: e.target.value })}
            />
            {problem('points')}
          </label>
          <label className="field">
            <span className="field-name">{t('cardRulesMore.rounding')}</span>
            <select
              value={draft.rounding}
              onChange={(e) => setDraft({ ...draft, rounding: e.target.value === 'nearest' ? 'nearest' : 'down' })}
            >
              <option value="down">{t('cardRulesMore.roundDown')}</option>
              <option value="nearest">{t('cardRulesMore.roundNearest')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field-name">{t('cardRulesMore.expiry')}</span>
            <select
              value={draft.pointsExpiry}
              onChange={(e) => setDraft({ ...draft, pointsExpiry: pointsExpiryRules.find((r) => r === e.target.value) ?? 'never' })}
            >
              {pointsExpiryRules.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`cardRulesMore.expiryRules.${rule}`)}
                </option>
              ))}
            </select>
            {draft.pointsExpiry !== rules?.pointsExpiry && draft.pointsExpiry !== 'never' && (
              <small className="muted">{t('cardRulesMore.expiryFromToday')}</small>
            )}
          </label>
        </fieldset>
        <fieldset className="settings-group card-multipliers">
          <legend>{t('cardRulesMore.multipliers')}</legend>
          {tiers.map((tier) => (
            <label key={tier} className="field">
              <span className="field-name">{t('cardRulesMore.tierTimes', { tier: t(`value.tiers.${tier}`) })}</span>
              <input
                inputMode="decimal"
                value={draft.multipliers[tier]}
                aria-invalid={problems.includes('multipliers')}
                onChange={(e) => setDraft({ ...draft, multipliers: { ...draft.multipliers, [tier]: e.target.value } })}
              />
            </label>
          ))}
          {problem('multipliers')}
        </fieldset>
        <BonusTiersEditor
          rows={draft.bonusTiers}
          onChange={(bonusTiers) => setDraft({ ...draft, bonusTiers })}
          problem={problem('bonusTiers')}
        />
        <PunchKindsEditor
          rows={draft.punchKinds}
          onChange={(punchKinds) => setDraft({ ...draft, punchKinds })}
          problem={problem('punchKinds')}
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
