import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import type { CallOutput } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { localToday, shortDate, timeOfDay } from '../../app/i18n/format';
import { AppDialog } from '../../components/AppDialog';
import { saveMadeFile } from '../../components/save-file';

type Line = CallOutput<'cards.ledger'>['items'][number];

interface Props {
  customerId: string;
  name: string;
  card: MemberCard;
  onClose(): void;
}

/** Everything a ledger holds: the app reads up to this many lines, which is every line of any real card. */
const allLines = 10_000;

/** Brings the diary line a movement wrote into view, once the dialog has handed focus back. */
function showDiaryLine(entryId: string): void {
  window.setTimeout(() => {
    const line = document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(entryId)}"]`);
    line?.scrollIntoView({ block: 'center' });
    line?.focus();
  }, 50);
}

/**
 * A customer's whole card ledger, oldest line first like a statement: when, what, the change, the
 * balance after, the reason and the diary line it wrote. Printed alone on paper, or saved as a
 * spreadsheet made by the book the way its exports are.
 */
export function CardLedgerDialog({ customerId, name, card, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [lines, setLines] = useState<Line[] | null>(null);
  const money = (minor: number) => formatMoney(minor, card.currency, locale);
  const punchKind = new Map(card.punchCards.map((p) => [p.id, p.kind]));

  useEffect(() => {
    let live = true;
    void call(api['cards.ledger']({ customerId, limit: allLines })).then((value) => {
      if (live && value !== null) setLines([...value.items].reverse());
    });
    return () => {
      live = false;
    };
  }, [api, call, customerId]);

  function amount(line: Line, n: number, signed: boolean): string {
    const sign = signed ? (n < 0 ? '-' : '+') : '';
    const size = signed ? Math.abs(n) : n;
    if (line.purse === 'principal' || line.purse === 'bonus') return `${sign}${money(size)}`;
    if (line.purse === 'points') return `${sign}${t('cardLedger.pointsCount', { count: size })}`;
    return `${sign}${t('cardLedger.uses', { count: size })}`;
  }

  /** What happened, and to which balance where the kind alone does not say it (a top-up's paid-in and bonus lines). */
  function whatOf(line: Line): string {
    const kind = t(`cardLedger.kinds.${line.kind}`);
    if (line.purse === 'punch') return `${kind} · ${punchKind.get(line.punchId ?? '') ?? t('cardLedger.purses.punch')}`;
    if (line.purse === 'points' && (line.kind === 'earn' || line.kind === 'redeem' || line.kind === 'expire')) return kind;
    return `${kind} · ${t(`cardLedger.purses.${line.purse}`)}`;
  }

  async function download(format: 'xlsx' | 'csv') {
    const file = await call(api['cards.ledgerFile']({ customerId, format, lang: locale }));
    if (file === null) return;
    saveMadeFile(file);
    say(t('cardLedger.saved', { file: file.fileName }));
  }

  function print() {
    document.body.classList.add('printing-ledger');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-ledger'), { once: true });
    window.print();
  }

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
        <div className="ledger-actions ledger-no-print">
          <button type="button" className="button-quiet" onClick={print} disabled={lines === null || lines.length === 0}>
            {t('cardLedger.print')}
          </button>
          <button type="button" className="button-quiet" onClick={() => void download('xlsx')}>
            {t('cardLedger.exportXlsx')}
          </button>
          <button type="button" className="button-quiet" onClick={() => void download('csv')}>
            {t('cardLedger.exportCsv')}
          </button>
        </div>
        {lines === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : lines.length === 0 ? (
          <p className="muted">{t('cardLedger.empty')}</p>
        ) : (
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
                    <td>{whatOf(line)}</td>
                    <td className="number">{amount(line, line.delta, true)}</td>
                    <td className="number">{amount(line, line.balanceAfter, false)}</td>
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
        )}
      </div>
    </AppDialog>
  );
}
