import { formatMoney } from './money';
import type { UiLocale } from './salutation';

/**
 * The diary lines of card movements that come from elsewhere: an opening balance imported from
 * another system, and a card merged in from (or given back to) a customer merged away. Written in
 * the language of the app at the time, as every entry is.
 */
export interface CardAmounts {
  points: number;
  principal: number;
  bonus: number;
  punches: readonly { kind: string; count: number }[];
}

export type CardStory =
  | { kind: 'opening'; number: string | null; amounts: CardAmounts }
  | { kind: 'merge'; from: string; number: string | null; amounts: CardAmounts }
  | { kind: 'unmerge'; to: string; amounts: CardAmounts };

interface Words {
  /** A punch card imported without a kind: the word the book's own language uses. */
  punchKind: string;
  opening(number: string | null): string;
  merge(from: string, number: string | null): string;
  unmerge(to: string): string;
  points(n: number): string;
  value(total: string, bonus: string | null): string;
  punch(kind: string, n: number): string;
  nothing: string;
  separator: string;
  colon: string;
}

const words: Record<UiLocale, Words> = {
  'zh-CN': {
    punchKind: '计次',
    opening: (n) => `期初余额（从原来的系统导入${n === null ? '' : `，卡号 ${n}`}）`,
    merge: (from, n) => `合并自 ${from} 的会员卡${n === null ? '' : `（原卡号 ${n}）`}`,
    unmerge: (to) => `撤销合并：会员卡上从 ${to} 合并来的退回给 ${to}`,
    points: (n) => `积分 ${n}`,
    value: (total, bonus) => `余额 ${total}${bonus === null ? '' : `（含赠送 ${bonus}）`}`,
    punch: (kind, n) => `${kind}卡 ${n} 次`,
    nothing: '没有余额',
    separator: '，',
    colon: '：',
  },
  'zh-TW': {
    punchKind: '計次',
    opening: (n) => `期初餘額（從原來的系統匯入${n === null ? '' : `，卡號 ${n}`}）`,
    merge: (from, n) => `合併自 ${from} 的會員卡${n === null ? '' : `（原卡號 ${n}）`}`,
    unmerge: (to) => `取消合併：會員卡上從 ${to} 合併來的退回給 ${to}`,
    points: (n) => `點數 ${n}`,
    value: (total, bonus) => `餘額 ${total}${bonus === null ? '' : `（含贈送 ${bonus}）`}`,
    punch: (kind, n) => `${kind}卡 ${n} 次`,
    nothing: '沒有餘額',
    separator: '，',
    colon: '：',
  },
  en: {
    punchKind: 'Punch',
    opening: (n) => `Opening balance (imported from the previous system${n === null ? '' : `, card ${n}`})`,
    merge: (from, n) => `Merged from ${from}'s member card${n === null ? '' : ` (card ${n})`}`,
    unmerge: (to) => `Merge undone: what came from ${to}'s member card went back to ${to}`,
    points: (n) => `${n} points`,
    value: (total, bonus) => `balance ${total}${bonus === null ? '' : ` (${bonus} of it bonus)`}`,
    punch: (kind, n) => `${kind} card ${n} uses`,
    nothing: 'no balance',
    separator: ', ',
    colon: ': ',
  },
};

/** What a punch card imported without a kind is called, in the book's language. */
export function unnamedPunchKind(locale: UiLocale): string {
  return words[locale].punchKind;
}

/** "期初余额（从原来的系统导入，卡号 A001）：积分 120，余额 ¥1,230.50（含赠送 ¥30.00），计次卡 5 次" */
export function cardStoryText(story: CardStory, locale: UiLocale, currency: string): string {
  const w = words[locale];
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const a = story.amounts;
  const parts = [
    ...(a.points > 0 ? [w.points(a.points)] : []),
    ...(a.principal + a.bonus > 0 ? [w.value(money(a.principal + a.bonus), a.bonus > 0 ? money(a.bonus) : null)] : []),
    ...a.punches.filter((p) => p.count > 0).map((p) => w.punch(p.kind, p.count)),
  ];
  const head =
    story.kind === 'opening' ? w.opening(story.number) : story.kind === 'merge' ? w.merge(story.from, story.number) : w.unmerge(story.to);
  return `${head}${w.colon}${parts.length === 0 ? w.nothing : parts.join(w.separator)}`;
}
