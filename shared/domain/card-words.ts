import type { UiLocale } from './salutation';
import { formatMoney } from './money';

/** What a movement writes into the customer's diary, so the story stays whole ("充值 ¥500，送 ¥50；余额 ¥1,230"). */
export type CardLine =
  | { kind: 'earn'; points: number; balance: number }
  | { kind: 'redeem'; points: number; gift: string; balance: number }
  | { kind: 'top_up'; principal: number; bonus: number; balance: number }
  | { kind: 'pay'; amount: number; balance: number }
  | { kind: 'sell_punch'; punchKind: string; uses: number; price: number | null }
  | { kind: 'punch'; punchKind: string; uses: number; remaining: number }
  | { kind: 'refund'; principal: number; bonus: number }
  | { kind: 'correction'; what: 'points' | 'principal' | 'bonus' | 'punch'; delta: number; reason: string };

type Words = (line: CardLine, money: (minor: number) => string) => string;

const signed = (n: number, show: (n: number) => string) => (n < 0 ? `-${show(-n)}` : `+${show(n)}`);

const zhCN: Words = (l, m) => {
  switch (l.kind) {
    case 'earn':
      return `积分 +${l.points}；共 ${l.balance} 分`;
    case 'redeem':
      return `积分兑换${l.gift === '' ? '' : ` ${l.gift}`}，用 ${l.points} 分；剩 ${l.balance} 分`;
    case 'top_up':
      return `充值 ${m(l.principal)}${l.bonus > 0 ? `，送 ${m(l.bonus)}` : ''}；余额 ${m(l.balance)}`;
    case 'pay':
      return `余额支付 ${m(l.amount)}；余额 ${m(l.balance)}`;
    case 'sell_punch':
      return `办${l.punchKind} ${l.uses} 次卡${l.price === null ? '' : `，${m(l.price)}`}`;
    case 'punch':
      return `${l.punchKind}卡用 ${l.uses} 次；还剩 ${l.remaining} 次`;
    case 'refund':
      return `退卡：退本金 ${m(l.principal)}${l.bonus > 0 ? `，赠送的 ${m(l.bonus)} 不退` : ''}`;
    case 'correction':
      return `更正${{ points: '积分', principal: '本金余额', bonus: '赠送余额', punch: '次卡次数' }[l.what]} ${signed(l.delta, l.what === 'points' || l.what === 'punch' ? String : m)}：${l.reason}`;
  }
};

const zhTW: Words = (l, m) => {
  switch (l.kind) {
    case 'earn':
      return `點數 +${l.points}；共 ${l.balance} 點`;
    case 'redeem':
      return `點數兌換${l.gift === '' ? '' : ` ${l.gift}`}，用 ${l.points} 點；剩 ${l.balance} 點`;
    case 'top_up':
      return `儲值 ${m(l.principal)}${l.bonus > 0 ? `，送 ${m(l.bonus)}` : ''}；餘額 ${m(l.balance)}`;
    case 'pay':
      return `餘額支付 ${m(l.amount)}；餘額 ${m(l.balance)}`;
    case 'sell_punch':
      return `辦${l.punchKind} ${l.uses} 次卡${l.price === null ? '' : `，${m(l.price)}`}`;
    case 'punch':
      return `${l.punchKind}卡用 ${l.uses} 次；還剩 ${l.remaining} 次`;
    case 'refund':
      return `退卡：退本金 ${m(l.principal)}${l.bonus > 0 ? `，贈送的 ${m(l.bonus)} 不退` : ''}`;
    case 'correction':
      return `更正${{ points: '點數', principal: '本金餘額', bonus: '贈送餘額', punch: '次卡次數' }[l.what]} ${signed(l.delta, l.what === 'points' || l.what === 'punch' ? String : m)}：${l.reason}`;
  }
};

const en: Words = (l, m) => {
  switch (l.kind) {
    case 'earn':
      return `Points +${l.points}; ${l.balance} in all`;
    case 'redeem':
      return `Redeemed ${l.points} points${l.gift === '' ? '' : ` for ${l.gift}`}; ${l.balance} left`;
    case 'top_up':
      return `Topped up ${m(l.principal)}${l.bonus > 0 ? `, ${m(l.bonus)} bonus` : ''}; balance ${m(l.balance)}`;
    case 'pay':
      return `Paid ${m(l.amount)} from the balance; balance ${m(l.balance)}`;
    case 'sell_punch':
      return `${l.punchKind} card, ${l.uses} uses${l.price === null ? '' : `, ${m(l.price)}`}`;
    case 'punch':
      return `${l.punchKind} card used ${l.uses}×; ${l.remaining} left`;
    case 'refund':
      return `Card refunded: ${m(l.principal)} paid back${l.bonus > 0 ? `, ${m(l.bonus)} bonus forfeited` : ''}`;
    case 'correction':
      return `Corrected ${{ points: 'points', principal: 'paid-in balance', bonus: 'bonus balance', punch: 'punch card uses' }[l.what]} ${signed(l.delta, l.what === 'points' || l.what === 'punch' ? String : m)}: ${l.reason}`;
  }
};

const words: Record<UiLocale, Words> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function cardLineText(line: CardLine, locale: UiLocale, currency: string): string {
  return words[locale](line, (minor) => formatMoney(minor, currency, locale));
}
