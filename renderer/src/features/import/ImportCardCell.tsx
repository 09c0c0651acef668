import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { cardAmountsText } from '../cards/card-amounts-text';

type Card = CallOutput<'import.preview'>['rows'][number]['card'];

/** The member card a row opens, as it will be written. */
export function ImportCardCell({ card, currency }: { card: Card; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (card === null) return <td />;
  return <td className="import-card">{cardAmountsText(t, card, (minor) => formatMoney(minor, currency, locale))}</td>;
}
