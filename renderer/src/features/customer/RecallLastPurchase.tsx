import { useTranslation } from 'react-i18next';
import type { Recall } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { PurchaseLineChip } from '../diary/PurchaseLineChip';

/** The last purchase's day and lines, with its total when there was more than one line. */
export function RecallLastPurchase({ purchase }: { purchase: Recall['lastPurchase'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (purchase === null) return <span className="muted">{t('recall.noPurchase')}</span>;
  return (
    <>
      <span className="muted">{shortDate(purchase.occurredAt, locale)} </span>
      {purchase.lines.map((line) => (
        <PurchaseLineChip key={line.id} line={line} />
      ))}
      {purchase.totalMinor !== null && purchase.currency !== null && purchase.lines.length > 1 && (
        <span className="muted recall-total">
          {' '}
          {t('recall.total', { amount: formatMoney(purchase.totalMinor, purchase.currency, locale) })}
        </span>
      )}
    </>
  );
}
