import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../shared/domain/salutation';
import type { PurchaseQuote } from '../../../../shared/contract/card-counter.contract';
import { formatMoney, fromMinor, minorDigits, parseMoneyInput } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';

interface Props {
  customerId: string;
  /** The purchase's total in the book's currency, as typed so far. */
  totalMinor: number;
  availableMinor: number;
  currency: string;
  pay: string;
  onPayChange(pay: string): void;
}

/** What is typed in "pay from balance", read: the amount, or why it cannot be paid. */
export function readPay(
  pay: string,
  totalMinor: number,
  availableMinor: number,
  currency: string,
): { payMinor: number } | { problem: 'badPay' | 'payTooMuch' | 'payOverTotal' } {
  if (pay.trim() === '') return { payMinor: 0 };
  const payMinor = parseMoneyInput(pay, currency);
  if (payMinor === null || payMinor < 0) return { problem: 'badPay' };
  if (payMinor > availableMinor) return { problem: 'payTooMuch' };
  if (payMinor > totalMinor) return { problem: 'payOverTotal' };
  return { payMinor };
}

/** Why the typed amount cannot be paid, in words; undefined when it can. */
export function payProblemText(t: TFunction, locale: UiLocale, pay: string, totalMinor: number, availableMinor: number, currency: string) {
  const read = readPay(pay, totalMinor, availableMinor, currency);
  if (!('problem' in read)) return undefined;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return t(`cardCounter.${read.problem}`, {
    value: pay,
    available: money(availableMinor),
    asked: money(parseMoneyInput(pay, currency) ?? 0),
    total: money(totalMinor),
  });
}

/**
 * Under a member's purchase: how much to pay from the card's balance (all or part), and the points
 * this purchase will earn, asked of the book by the same rule that writes them.
 */
export function PayFromCard({ customerId, totalMinor, availableMinor, currency, pay, onPayChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [quote, setQuote] = useState<PurchaseQuote | null>(null);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const read = readPay(pay, totalMinor, availableMinor, currency);
  const payMinor = 'payMinor' in read ? read.payMinor : 0;

  useEffect(() => {
    let live = true;
    void api['cards.quote']({ customerId, totalMinor, payMinor: Math.min(payMinor, totalMinor) }).then((r) => {
      if (live && r.ok) setQuote(r.value);
    });
    return () => {
      live = false;
    };
  }, [api, customerId, totalMinor, payMinor]);

  const problem = payProblemText(t, locale, pay, totalMinor, availableMinor, currency);
  const all = Math.min(totalMinor, availableMinor);
  return (
    <div className="pay-from-card">
      <label className="field pay-from-card-amount">
        <span>{t('cardCounter.payFromBalance')}</span>
        <input
          inputMode="decimal"
          value={pay}
          onChange={(e) => onPayChange(e.target.value)}
          {...problemAttributes('pay-problem', problem)}
        />
      </label>
      <button
        type="button"
        className="button-quiet"
        disabled={all <= 0}
        onClick={() => onPayChange(fromMinor(all, currency).toFixed(minorDigits(currency)))}
      >
        {t('cardCounter.payAll')}
      </button>
      <span className="muted">{t('cardCounter.available', { amount: money(availableMinor) })}</span>
      <FieldProblem id="pay-problem" text={problem} />
      {quote !== null && quote.member && totalMinor > 0 && (
        <p className="pay-from-card-points" role="status" aria-live="polite">
          <strong>{t('cardCounter.pointsPreview', { points: quote.points })}</strong>
          {payMinor > 0 && <span className="muted"> {t('cardCounter.pointsOnCash', { cash: money(quote.cashMinor) })}</span>}
        </p>
      )}
    </div>
  );
}
