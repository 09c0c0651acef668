import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import type { MoveDraft } from './card-move-request';
import { PunchKindPicker } from './PunchKindPicker';

interface Props {
  draft: MoveDraft;
  rules: CardRules | null;
  currency: string;
  onChange(patch: Partial<MoveDraft>): void;
}

/** A punch card's sale: a kind from the rules to fill the fields, then what it is for and how many uses. */
export function PunchSaleFields({ draft, rules, currency, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {rules !== null && rules.punchKinds.length > 0 && (
        <PunchKindPicker
          kinds={rules.punchKinds}
          currency={currency}
          onPick={(picked) => onChange({ kind: picked.kind, uses: picked.uses, amount: picked.price, validUntil: picked.validUntil })}
        />
      )}
      <label className="field">
        <span>{t('cards.punchKind')}</span>
        <input value={draft.kind} onChange={(e) => onChange({ kind: e.target.value })} placeholder={t('cards.punchKindHint')} />
      </label>
      <label className="field">
        <span>{t('cards.uses')}</span>
        <input inputMode="numeric" value={draft.uses} onChange={(e) => onChange({ uses: e.target.value })} />
      </label>
    </>
  );
}
