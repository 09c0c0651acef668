import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { localToday } from '../../app/i18n/format';
import { AppDialog } from '../../components/AppDialog';
import { LedgerActions } from './LedgerActions';
import { LedgerTable } from './LedgerTable';
import { useCardLedger } from './use-card-ledger';

interface Props {
  customerId: string;
  name: string;
  card: MemberCard;
  onClose(): void;
}

/**
 * A customer's whole card ledger, oldest line first like a statement: when, what, the change, the
 * balance after, the reason and the diary line it wrote. Printed alone on paper, or saved as a
 * spreadsheet made by the book the way its exports are.
 */
export function CardLedgerDialog({ customerId, name, card, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lines = useCardLedger(customerId);
  const money = (minor: number) => formatMoney(minor, card.currency, locale);

  const title = t('cardLedger.title', { name });
  return (
    <AppDialog open onOpenChange={(open) => !open && onClose()} title={title} wide>
      <div className="ledger-print">
        <div className="print-only">
          <h1>{title}</h1>
          <p>
            {card.number !== null && `${card.number} · `}
            {t('cards.points')} {card.points} · {t('cards.balance')} {money(card.value.total)} ({t('cardInsights.principal')}{' '}
            {money(card.value.principal)}, {t('cardInsights.bonus')} {money(card.value.bonus)})
          </p>
          <p>{t('cardLedger.printedOn', { day: localToday() })}</p>
        </div>
        <p className="muted ledger-no-print">{t('cardLedger.lead')}</p>
        <LedgerActions customerId={customerId} canPrint={lines !== null && lines.length > 0} />
        {lines === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : lines.length === 0 ? (
          <p className="muted">{t('cardLedger.empty')}</p>
        ) : (
          <LedgerTable lines={lines} card={card} onClose={onClose} />
        )}
      </div>
    </AppDialog>
  );
}
