import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { shortDate, timeOfDay } from '../../app/i18n/format';
import { ledgerAmount, ledgerWhat, type LedgerLine } from './ledger-line-text';

/** Brings the diary line a movement wrote into view, once the dialog has handed focus back. */
function showDiaryLine(entryId: string): void {
  window.setTimeout(() => {
    const line = document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(entryId)}"]`);
    line?.scrollIntoView({ block: 'center' });
    line?.focus();
  }, 50);
}

interface Props {
  lines: readonly LedgerLine[];
  card: MemberCard;
  onClose(): void;
}

/** The ledger's lines: when, what, the change, the balance after, the reason and the diary line it wrote. */
export function LedgerTable({ lines, card, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, card.currency, locale);
  const punchKind = new Map(card.punchCards.map((p) => [p.id, p.kind]));
  return (
    <div className="ledger-scroll">
      <table className="customer-table ledger-table">
        <thead>
          <tr>
            <th>{t('cardLedger.date')}</th>
            <th>{t('cardLedger.what')}</th>
            <th className="number">{t('cardLedger.change')}</th>
            <th className="number">{t('cardLedger.balanceAfter')}</th>
            <th>{t('cardLedger.reason')}</th>
            <th className="ledger-no-print">{t('cardLedger.diary')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} className={line.delta < 0 ? 'ledger-out' : 'ledger-in'}>
              <td>
                {shortDate(line.at, locale)} {timeOfDay(line.at)}
              </td>
              <td>{ledgerWhat(t, punchKind, line)}</td>
              <td className="number">{ledgerAmount(t, money, line, line.delta, true)}</td>
              <td className="number">{ledgerAmount(t, money, line, line.balanceAfter, false)}</td>
              <td className="ledger-reason">{line.reason ?? ''}</td>
              <td className="ledger-no-print">
                {line.entryId !== null && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const entryId = line.entryId ?? '';
                      onClose();
                      showDiaryLine(entryId);
                    }}
                  >
                    {t('cardLedger.toDiary')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
