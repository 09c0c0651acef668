import type { MovementKind, Purse } from './card-ledger';
import type { UiLocale } from './salutation';

/** The columns of the card balances export: one row per card holder. */
export const balanceColumns = ['number', 'name', 'phone', 'points', 'principal', 'bonus', 'total', 'punchCards', 'joinedOn'] as const;
export type BalanceColumn = (typeof balanceColumns)[number];

/** The columns of one customer's ledger, oldest line first. */
export const ledgerColumns = ['date', 'time', 'what', 'purse', 'change', 'balanceAfter', 'reason', 'diaryLine'] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

interface CardExportWords {
  sheets: { balances: string; ledger: string };
  /** `{{currency}}` in a money header is the book's currency code. */
  balance: Record<BalanceColumn, string>;
  ledger: Record<LedgerColumn, string>;
  kinds: Record<MovementKind, string>;
  purses: Record<Purse, string>;
  /** One punch card in the balances' punch card cell: "洗车 3/10 次，至 2027-06-30". */
  punch(kind: string, remaining: number, uses: number, validUntil: string | null): string;
  /** Between punch cards in that cell. */
  punchSeparator: string;
}

/** Every word the card files write, in the user's language. */
export const cardExportWords: Record<UiLocale, CardExportWords> = {
  en: {
    sheets: { balances: 'Card balances', ledger: 'Card ledger' },
    balance: {
      number: 'Card number',
      name: 'Name',
      phone: 'Phone',
      points: 'Points',
      principal: 'Paid in ({{currency}})',
      bonus: 'Bonus ({{currency}})',
      total: 'Stored value ({{currency}})',
      punchCards: 'Punch cards (left/uses, valid until)',
      joinedOn: 'Joined on',
    },
    ledger: {
      date: 'Date',
      time: 'Time',
      what: 'What',
      purse: 'Balance',
      change: 'Change',
      balanceAfter: 'Balance after',
      reason: 'Reason',
      diaryLine: 'Diary line',
    },
    kinds: {
      opening: 'Opening balance',
      earn: 'Points earned',
      redeem: 'Points redeemed',
      top_up: 'Top-up',
      pay: 'Paid from balance',
      sell_punch: 'Punch card sold',
      punch: 'Punch card used',
      refund: 'Refund',
      expire: 'Expired',
      correction: 'Correction',
      merge: 'Merged',
    },
    purses: { points: 'Points', principal: 'Paid in ({{currency}})', bonus: 'Bonus ({{currency}})', punch: 'Punch card' },
    punch: (kind, remaining, uses, until) => `${kind} ${remaining}/${uses}${until === null ? '' : `, until ${until}`}`,
    punchSeparator: '; ',
  },
  'zh-CN': {
    sheets: { balances: '会员卡余额', ledger: '会员卡账目' },
    balance: {
      number: '卡号',
      name: '姓名',
      phone: '电话',
      points: '积分',
      principal: '本金（{{currency}}）',
      bonus: '赠送（{{currency}}）',
      total: '储值余额（{{currency}}）',
      punchCards: '次卡（剩余/总次数，有效期）',
      joinedOn: '开卡日期',
    },
    ledger: {
      date: '日期',
      time: '时间',
      what: '项目',
      purse: '账户',
      change: '变动',
      balanceAfter: '变动后余额',
      reason: '原因',
      diaryLine: '日记',
    },
    kinds: {
      opening: '期初余额',
      earn: '得积分',
      redeem: '积分兑换',
      top_up: '充值',
      pay: '余额支付',
      sell_punch: '办次卡',
      punch: '用次卡',
      refund: '退卡',
      expire: '过期',
      correction: '更正',
      merge: '合并',
    },
    purses: { points: '积分', principal: '本金（{{currency}}）', bonus: '赠送（{{currency}}）', punch: '次卡' },
    punch: (kind, remaining, uses, until) => `${kind} ${remaining}/${uses} 次${until === null ? '' : `，至 ${until}`}`,
    punchSeparator: '；',
  },
  'zh-TW': {
    sheets: { balances: '會員卡餘額', ledger: '會員卡帳目' },
    balance: {
      number: '卡號',
      name: '姓名',
      phone: '電話',
      points: '點數',
      principal: '本金（{{currency}}）',
      bonus: '贈送（{{currency}}）',
      total: '儲值餘額（{{currency}}）',
      punchCards: '次卡（剩餘/總次數，有效期）',
      joinedOn: '開卡日期',
    },
    ledger: {
      date: '日期',
      time: '時間',
      what: '項目',
      purse: '帳戶',
      change: '變動',
      balanceAfter: '變動後餘額',
      reason: '原因',
      diaryLine: '日記',
    },
    kinds: {
      opening: '期初餘額',
      earn: '得點數',
      redeem: '點數兌換',
      top_up: '儲值',
      pay: '餘額支付',
      sell_punch: '辦次卡',
      punch: '用次卡',
      refund: '退卡',
      expire: '過期',
      correction: '更正',
      merge: '合併',
    },
    purses: { points: '點數', principal: '本金（{{currency}}）', bonus: '贈送（{{currency}}）', punch: '次卡' },
    punch: (kind, remaining, uses, until) => `${kind} ${remaining}/${uses} 次${until === null ? '' : `，至 ${until}`}`,
    punchSeparator: '；',
  },
};

export const withCurrency = (header: string, currency: string) => header.replace('{{currency}}', currency);
