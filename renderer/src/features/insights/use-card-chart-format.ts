import { useTranslation } from 'react-i18next';
import type { CardInsights } from '../../../../shared/contract';
import { formatMoney, fromMinor, toMinor } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';

/** How the card charts say money and months, in the cards' currency and the page's language. */
export function useCardChartFormat(data: CardInsights) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  // Charts count in currency units (the axis reads 500, not 50000); the numbers on hover say it in full.
  const units = (minor: number) => fromMinor(minor, data.currency);
  const showUnits = (value: number) => formatMoney(toMinor(value, data.currency), data.currency, locale);
  const label = (month: string) => (data.today.startsWith(month) ? t('insights.soFar', { period: month }) : month);
  return { money, units, showUnits, label };
}
