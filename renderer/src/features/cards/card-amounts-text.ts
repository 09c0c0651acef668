import type { TFunction } from 'i18next';

export interface CardAmounts {
  number: string | null;
  points: number;
  principal: number;
  bonus: number;
  punches: readonly { kind: string; count: number }[];
}

/** 卡号 A001，积分 120，余额 ¥1,260.50（含赠送 ¥30.00），洗车 5 次: what a card holds, for an import's preview or a merge's plan. */
export function cardAmountsText(t: TFunction, card: CardAmounts, money: (minor: number) => string): string {
  const total = card.principal + card.bonus;
  return [
    ...(card.number === null ? [] : [t('importCsv.cardNumber', { number: card.number })]),
    ...(card.points > 0 ? [t('importCsv.cardPoints', { count: card.points })] : []),
    ...(total > 0
      ? [
          `${t('importCsv.cardValue', { amount: money(total) })}${card.bonus > 0 ? t('importCsv.cardBonus', { amount: money(card.bonus) }) : ''}`,
        ]
      : []),
    ...card.punches.map((p) => t('importCsv.cardPunch', { kind: p.kind, count: p.count })),
  ].join(t('importCsv.cardSeparator'));
}
