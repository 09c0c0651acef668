import { useTranslation } from 'react-i18next';
import type { PunchKind } from '../../../../shared/contract/cards.contract';
import { addMonthsToDay, localDayOf } from '../../../../shared/domain/calendar-date';
import { formatMoney, fromMinor } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';

/** What a kind fills in the sell dialog, as the fields hold it; every field stays editable. */
export interface PickedKind {
  kind: string;
  uses: string;
  price: string;
  validUntil: string;
}

export function pickedOf(kind: PunchKind, currency: string, today: string): PickedKind {
  return {
    kind: kind.name,
    uses: String(kind.count),
    price: kind.priceMinor === null ? '' : String(fromMinor(kind.priceMinor, currency)),
    validUntil: kind.validMonths === null ? '' : addMonthsToDay(today, kind.validMonths),
  };
}

/** The punch-card kinds from the rules (洗车 10 次 ¥300, 12 个月); picking one fills the sell dialog. */
export function PunchKindPicker({ kinds, currency, onPick }: { kinds: PunchKind[]; currency: string; onPick(picked: PickedKind): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <label className="field">
      <span>{t('cardRulesMore.sellKind')}</span>
      <select
        autoFocus
        defaultValue=""
        onChange={(e) => {
          const kind = kinds[Number(e.target.value)];
          onPick(
            kind === undefined ? { kind: '', uses: '10', price: '', validUntil: '' } : pickedOf(kind, currency, localDayOf(new Date())),
          );
        }}
      >
        <option value="">{t('cardRulesMore.sellOther')}</option>
        {kinds.map((k, i) => (
          <option key={`${k.name}-${i}`} value={i}>
            {[
              t('cardRulesMore.kindOption', { name: k.name, count: k.count }),
              k.priceMinor === null ? null : formatMoney(k.priceMinor, currency, locale),
              k.validMonths === null ? null : t('cardRulesMore.kindMonths', { count: k.validMonths }),
            ]
              .filter((part) => part !== null)
              .join(' · ')}
          </option>
        ))}
      </select>
    </label>
  );
}
