import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRequest, CardRules, MemberCard } from '../../../../shared/contract/cards.contract';
import { bonusFor } from '../../../../shared/domain/card-ledger';
import { formatMoney, parseMoneyInput } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { errorText, refusalText } from '../../app/error-text';
import { useLocale } from '../../app/locale-context';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { FieldProblem } from '../../components/FieldProblem';
import { PunchKindPicker } from './PunchKindPicker';

export type AskedMove = 'top_up' | 'pay' | 'earn' | 'redeem' | 'sell_punch';

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
  const api = useApi();
  const [amount, setAmount] = useState('');
  const [gift, setGift] = useState('');
  const [kind, setKind] = useState('');
  const [uses, setUses] = useState('10');
  const [validUntil, setValidUntil] = useState('');
  const [rules, setRules] = useState<CardRules | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const isMoney = asked === 'top_up' || asked === 'pay' || asked === 'sell_punch';
  const typed = isMoney ? parseMoneyInput(amount, currency) : /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : null;

  useEffect(() => {
    if (asked !== 'top_up' && asked !== 'sell_punch') return;
    void api['cards.rules']({}).then((r) => r.ok && setRules(r.value));
  }, [api, asked]);

  function request(): CardRequest | null {
    if (asked === 'sell_punch') {
      const count = Number(uses);
      if (kind.trim() === '' || !Number.isInteger(count) || count < 1) return null;
      return {
        kind: 'sell_punch',
        punchKind: kind.trim(),
        uses: count,
        priceMinor: typed,
        validUntil: validUntil === '' ? null : validUntil,
      };
    }
    if (typed === null || typed <= 0) return null;
    if (asked === 'top_up') return { kind: 'top_up', principal: typed };
    if (asked === 'pay') return { kind: 'pay', amount: typed };
    if (asked === 'earn') return { kind: 'earn', points: typed };
    return { kind: 'redeem', points: typed, gift: gift.trim() };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const asking = request();
    setProblem(asking === null ? t('cards.amountNeeded') : undefined);
    if (asking === null || busy) return;
    setBusy(true);
    const moved = await api['cards.move']({ customerId, request: asking });
    setBusy(false);
    // A refusal (not enough on the card, a bad amount) is said beside the amount, and nothing was written.
    if (moved.ok) onDone(moved.value.line);
    else setProblem((moved.error.issues ?? []).length > 0 ? errorText(t, moved.error) : refusalText(t, moved.error));
  }

  const bonus = asked === 'top_up' && rules !== null && typed !== null ? bonusFor(typed, rules.bonusTiers) : 0;
  return (
    <AppDialog open onOpenChange={(open) => !open && !busy && onClose()} title={t(`cards.dialog.${asked}`)}>
      <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
        {asked === 'pay' && card !== null && <p className="muted">{t('cards.available', { amount: money(card.value.total) })}</p>}
        {asked === 'redeem' && card !== null && <p className="muted">{t('cards.pointsAvailable', { points: card.points })}</p>}
        {asked === 'sell_punch' && (
          <>
            {rules !== null && rules.punchKinds.length > 0 && (
              <PunchKindPicker
                kinds={rules.punchKinds}
                currency={currency}
                onPick={(picked) => {
                  setKind(picked.kind);
                  setUses(picked.uses);
                  setAmount(picked.price);
                  setValidUntil(picked.validUntil);
                }}
              />
            )}
            <label className="field">
              <span>{t('cards.punchKind')}</span>
              <input value={kind} onChange={(e) => setKind(e.target.value)} placeholder={t('cards.punchKindHint')} />
            </label>
            <label className="field">
              <span>{t('cards.uses')}</span>
              <input inputMode="numeric" value={uses} onChange={(e) => setUses(e.target.value)} />
            </label>
          </>
        )}
        <label className="field">
          <span>{t(`cards.amount.${asked}`)}</span>
          <input inputMode="decimal" autoFocus={asked !== 'sell_punch'} value={amount} onChange={(e) => setAmount(e.target.value)} />
          <FieldProblem id="card-move-problem" text={problem} />
        </label>
        {asked === 'redeem' && (
          <label className="field">
            <span>{t('cards.gift')}</span>
            <input value={gift} onChange={(e) => setGift(e.target.value)} />
          </label>
        )}
        {asked === 'sell_punch' && (
          <label className="field">
            <span>{t('cards.validUntilLabel')}</span>
            <input type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
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
