import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerValue } from '../../../../shared/contract';
import { tiers, type Tier } from '../../../../shared/domain/customer-value';
import { useLocale } from '../../app/locale-context';
import { reasonText } from './reason-text';

interface Props {
  value: CustomerValue;
  currency: string;
  /** Saves the owner's tier (null: back to the rules); absent where the tier cannot be changed. */
  onSetTier?: (tier: Tier | null, reason: string) => Promise<boolean>;
}

/** How many visits in the value window before stage and relationship type are worth showing. */
const historyVisits = 3;

/** Tier, stage and relationship type, each saying why in one line, and the owner's own tier. */
export function ValueLine({ value, currency, onSetTier }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const why = (reason: CustomerValue['tierWhy']) => reasonText(t, reason, currency, locale);
  // Stage and relationship type mean little for someone who came once or twice: shown with some history.
  const enoughHistory = value.visitsInWindow >= historyVisits;
  return (
    <div className="value-line" aria-label={t('value.label')}>
      <p>
        <span className={`chip tier tier-${value.tier}`}>{t(`value.tiers.${value.tier}`)}</span>{' '}
        {/* "Never came in" is already said on the visits line above. */}
        {value.tierWhy.rule !== 'noVisits' && <span className="muted">{why(value.tierWhy)}</span>}
        {value.tierWhy.rule === 'override' && (
          <span className="muted"> · {t('value.computed', { tier: t(`value.tiers.${value.computedTier}`) })}</span>
        )}
        {onSetTier !== undefined && !editing && (
          <>
            {' '}
            <button type="button" className="link-button value-change" onClick={() => setEditing(true)}>
              {t('value.change')}
            </button>
          </>
        )}
      </p>
      {enoughHistory && (
        <p>
          <span className="chip">{t(`value.stages.${value.stage}`)}</span> <span className="muted">{why(value.stageWhy)}</span>
          {value.relationship !== null && value.relationshipWhy !== null && (
            <>
              {' · '}
              <span className="chip">{t(`value.relationships.${value.relationship}`)}</span>{' '}
              <span className="muted">{why(value.relationshipWhy)}</span>
            </>
          )}
        </p>
      )}
      {onSetTier !== undefined && editing && (
        <TierForm
          value={value}
          onCancel={() => setEditing(false)}
          onSave={async (tier, reason) => (await onSetTier(tier, reason)) && setEditing(false)}
        />
      )}
    </div>
  );
}

function TierForm({
  value,
  onSave,
  onCancel,
}: {
  value: CustomerValue;
  onSave(tier: Tier | null, reason: string): Promise<unknown>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const overridden = value.tierWhy.rule === 'override';
  const [tier, setTier] = useState<Tier | ''>(overridden ? value.tier : '');
  const [reason, setReason] = useState(value.tierWhy.rule === 'override' ? value.tierWhy.reason : '');
  return (
    <form
      className="tier-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(tier === '' ? null : tier, reason);
      }}
    >
      <label>
        {t('value.tier')}{' '}
        <select value={tier} onChange={(e) => setTier(tiers.find((x) => x === e.target.value) ?? '')}>
          <option value="">{t('value.automatic')}</option>
          {tiers.map((x) => (
            <option key={x} value={x}>
              {t(`value.tiers.${x}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('value.reason')} <input value={reason} maxLength={200} required={tier !== ''} onChange={(e) => setReason(e.target.value)} />
      </label>{' '}
      <button type="submit" className="button-primary">
        {t('value.save')}
      </button>{' '}
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('value.cancel')}
      </button>
    </form>
  );
}
