import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { CardLedgerDialog } from './CardLedgerDialog';
import { CardMoveDialog, type AskedMove } from './CardMoveDialog';
import { PunchCardList } from './PunchCardList';

interface Props {
  customerId: string;
  card: MemberCard | null;
  currency: string;
  onChanged(): void;
  /** Whose card it is, for the ledger's title on screen and on paper. */
  customerName?: string;
}

const moves: AskedMove[] = ['top_up', 'pay', 'earn', 'redeem', 'sell_punch'];

/** The member card beside the diary: points, stored value, punch cards, and a button for each movement. */
export function MemberCardPanel({ customerId, card, currency, onChanged, customerName = '' }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { say } = useStatus();
  const [asked, setAsked] = useState<AskedMove | null>(null);
  const [ledgerOpen, setLedgerOpen] = useState(false);
  const money = (minor: number) => formatMoney(minor, card?.currency ?? currency, locale);

  return (
    <section className="panel member-card" aria-labelledby="card-title">
      <h2 id="card-title">
        {t('cards.title')}
        {card?.number != null && <span className="muted"> · {card.number}</span>}
      </h2>
      {card === null ? (
        <p className="muted">{t('cards.none')}</p>
      ) : (
        <dl className="details-list">
          <dt>{t('cards.points')}</dt>
          <dd>{card.points}</dd>
          <dt>{t('cards.balance')}</dt>
          <dd>
            {money(card.value.total)}
            {card.value.bonus > 0 && <span className="muted"> {t('cards.ofWhichBonus', { amount: money(card.value.bonus) })}</span>}
          </dd>
        </dl>
      )}
      {card !== null && card.punchCards.length > 0 && (
        <PunchCardList customerId={customerId} punchCards={card.punchCards} onChanged={onChanged} />
      )}
      <div className="card-actions">
        {moves.map((m) => (
          <button key={m} type="button" className="button-quiet" onClick={() => setAsked(m)}>
            {t(`cards.move.${m}`)}
          </button>
        ))}
        {card !== null && (
          <button type="button" className="button-quiet" onClick={() => setLedgerOpen(true)}>
            {t('cardLedger.open')}
          </button>
        )}
      </div>
      {ledgerOpen && card !== null && (
        <CardLedgerDialog customerId={customerId} name={customerName} card={card} onClose={() => setLedgerOpen(false)} />
      )}
      {asked !== null && (
        <CardMoveDialog
          asked={asked}
          customerId={customerId}
          card={card}
          currency={card?.currency ?? currency}
          onClose={() => setAsked(null)}
          onDone={(line) => {
            setAsked(null);
            say(line);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
