import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { bonusFor } from '../../../../shared/domain/card-ledger';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { FieldProblem } from '../../components/FieldProblem';
import type { AskedMove } from './card-move-request';
import { PunchSaleFields } from './PunchSaleFields';
import { useCardMove } from './use-card-move';

export type { AskedMove } from './card-move-request';

interface Props {
  asked: AskedMove;
  customerId: string;
  card: MemberCard | null;
  currency: string;
  onClose(): void;
  onDone(line: string): void;
}

/** One movement asked at the counter: the amount, what the rules add (a top-up's bonus), then one call. */
export function CardMoveDialog({ asked, customerId, card, currency, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { draft, change, rules, problem, busy, typed, submit } = useCardMove({ asked, customerId, currency, onDone });
  const money = (minor: number) => formatMoney(minor, currency, locale);

  const bonus = asked === 'top_up' && rules !== null && typed !== null ? bonusFor(typed, rules.bonusTiers) : 0;
  return (
    <AppDialog open onOpenChange={(open) => !open && !busy && onClose()} title={t(`cards.dialog.${asked}`)}>
      <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
        {asked === 'pay' && card !== null && <p className="muted">{t('cards.available', { amount: money(card.value.total) })}</p>}
        {asked === 'redeem' && card !== null && <p className="muted">{t('cards.pointsAvailable', { points: card.points })}</p>}
        {asked === 'sell_punch' && <PunchSaleFields draft={draft} rules={rules} currency={currency} onChange={change} />}
        <label className="field">
          <span>{t(`cards.amount.${asked}`)}</span>
          <input
            inputMode="decimal"
            autoFocus={asked !== 'sell_punch'}
            value={draft.amount}
            onChange={(e) => change({ amount: e.target.value })}
          />
          <FieldProblem id="card-move-problem" text={problem} />
        </label>
        {asked === 'redeem' && (
          <label className="field">
            <span>{t('cards.gift')}</span>
            <input value={draft.gift} onChange={(e) => change({ gift: e.target.value })} />
          </label>
        )}
        {asked === 'sell_punch' && (
          <label className="field">
            <span>{t('cards.validUntilLabel')}</span>
            <input type="date" value={draft.validUntil} onChange={(e) => change({ validUntil: e.target.value })} />
          </label>
        )}
        {asked === 'top_up' && typed !== null && typed > 0 && (
          <p role="status" aria-live="polite">
            {bonus > 0 ? t('cards.bonusShown', { bonus: money(bonus), total: money(typed + bonus) }) : t('cards.noBonus')}
          </p>
        )}
        <div className="dialog-actions">
          <DialogClose className="button-quiet">{t('cards.cancel')}</DialogClose>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('cards.confirm')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
