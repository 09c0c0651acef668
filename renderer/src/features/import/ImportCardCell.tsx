import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';

type Card = CallOutput<'import.preview'>['rows'][number]['card'];

/** The member card a row opens, as it will be written: 卡号 A001，积分 120，余额 ¥1,260.50（含赠送 ¥30.00），洗车 5 次. */
export function ImportCardCell({ card, currency }: { card: Card; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (card === null) return <td />;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const total = card.principal + card.bonus;
  const parts = [
    ...(card.number === null ? [] : [t('importCsv.cardNumber', { number: card.number })]),
    ...(card.points > 0 ? [t('importCsv.cardPoints', { count: card.points })] : []),
    ...(total > 0
      ? [
          `${t('importCsv.cardValue', { amount: money(total) })}${card.bonus > 0 ? t('importCsv.cardBonus', { amount: money(card.bonus) }) : ''}`,
        ]
      : []),
    ...card.punches.map((p) => t('importCsv.cardPunch', { kind: p.kind, count: p.count })),
  ];
  return <td className="import-card">{parts.join(t('importCsv.cardSeparator'))}</td>;
}
