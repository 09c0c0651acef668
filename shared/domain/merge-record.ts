import type { Tier } from './customer-value';
import type { UiLocale } from './salutation';

/** One customer as the merge found them: every field of their record, as a person reads it. */
export interface RecordedCustomer {
  name: string;
  addressAs: string | null;
  gender: 'female' | 'male' | null;
  phones: readonly string[];
  email: string | null;
  address: string | null;
  company: string | null;
  title: string | null;
  about: string | null;
  tags: readonly string[];
  referredBy: string | null;
  tierOverride: Tier | null;
  tierOverrideReason: string | null;
  /** The day they were written down (YYYY-MM-DD). */
  since: string;
  archived: boolean;
  id: string;
}

type Field = Exclude<keyof RecordedCustomer, 'name' | 'tierOverride' | 'tierOverrideReason' | 'archived'> | 'tier';

interface Words {
  merged(other: string, day: string): string;
  asTheyWere: string;
  otherTier(other: string, tier: string, survivor: string, kept: string | null): string;
  fields: Record<Field, string>;
  gender: Record<'female' | 'male', string>;
  tiers: Record<Tier, string>;
  archived: string;
  noName: string;
  listSeparator: string;
  colon: string;
  quote(text: string): string;
}

// Stored in the diary in the language of the app at the time of the merge, as any entry is.
const words: Record<UiLocale, Words> = {
  en: {
    merged: (other, day) => `Merged ${other} into this customer on ${day}; nothing of either record was dropped.`,
    asTheyWere: 'Both records as they were before the merge:',
    otherTier: (other, tier, survivor, kept) =>
      kept === null
        ? `${other} had the tier set by hand: ${tier}. It now applies here.`
        : `${other} had the tier set by hand: ${tier}. ${survivor}’s own stays: ${kept}.`,
    fields: {
      id: 'id',
      addressAs: 'addressed as',
      gender: 'gender',
      phones: 'phones',
      email: 'email',
      address: 'address',
      company: 'company',
      title: 'title',
      about: 'about',
      tags: 'tags',
      referredBy: 'referred by',
      tier: 'tier set by hand',
      since: 'in the book since',
    },
    gender: { female: 'female', male: 'male' },
    tiers: { vip: 'VIP', regular: 'Regular', new: 'New', at_risk: 'At risk', lost: 'Lost' },
    archived: 'archived',
    noName: '(no name)',
    listSeparator: ', ',
    colon: ': ',
    quote: (text) => `“${text}”`,
  },
  'zh-CN': {
    merged: (other, day) => `${day} 把 ${other} 合并到这位客户，两份记录一样都没丢。`,
    asTheyWere: '合并前的两份记录：',
    otherTier: (other, tier, survivor, kept) =>
      kept === null
        ? `${other} 的等级是手动设定的：${tier}，现在用在这里。`
        : `${other} 的等级是手动设定的：${tier}。${survivor} 保留自己的：${kept}。`,
    fields: {
      id: '编号',
      addressAs: '称呼',
      gender: '性别',
      phones: '电话',
      email: '邮箱',
      address: '地址',
      company: '公司',
      title: '职位',
      about: '关于',
      tags: '标签',
      referredBy: '介绍人',
      tier: '手动等级',
      since: '建档日期',
    },
    gender: { female: '女', male: '男' },
    tiers: { vip: 'VIP', regular: '常客', new: '新客', at_risk: '流失风险', lost: '已流失' },
    archived: '已归档',
    noName: '（无姓名）',
    listSeparator: '、',
    colon: '：',
    quote: (text) => `“${text}”`,
  },
  'zh-TW': {
    merged: (other, day) => `${day} 把 ${other} 合併到這位客戶，兩份記錄一樣都沒丟。`,
    asTheyWere: '合併前的兩份記錄：',
    otherTier: (other, tier, survivor, kept) =>
      kept === null
        ? `${other} 的等級是手動設定的：${tier}，現在用在這裡。`
        : `${other} 的等級是手動設定的：${tier}。${survivor} 保留自己的：${kept}。`,
    fields: {
      id: '編號',
      addressAs: '稱呼',
      gender: '性別',
      phones: '電話',
      email: '電子郵件',
      address: '地址',
      company: '公司',
      title: '職稱',
      about: '關於',
      tags: '標籤',
      referredBy: '介紹人',
      tier: '手動等級',
      since: '建檔日期',
    },
    gender: { female: '女', male: '男' },
    tiers: { vip: 'VIP', regular: '常客', new: '新客', at_risk: '流失風險', lost: '已流失' },
    archived: '已封存',
    noName: '（無姓名）',
    listSeparator: '、',
    colon: '：',
    quote: (text) => `「${text}」`,
  },
};

function tierText(w: Words, tier: Tier, reason: string | null): string {
  return reason === null || reason === '' ? w.tiers[tier] : `${w.tiers[tier]} ${w.quote(reason)}`;
}

function describe(w: Words, c: RecordedCustomer): string {
  const list = (items: readonly string[]) => (items.length === 0 ? null : items.join(w.listSeparator));
  const values: [Field, string | null][] = [
    ['addressAs', c.addressAs],
    ['gender', c.gender === null ? null : w.gender[c.gender]],
    ['phones', list(c.phones)],
    ['email', c.email],
    ['address', c.address],
    ['company', c.company],
    ['title', c.title],
    ['tags', list(c.tags)],
    ['referredBy', c.referredBy],
    ['tier', c.tierOverride === null ? null : tierText(w, c.tierOverride, c.tierOverrideReason)],
    ['since', c.since],
    ['about', c.about],
    ['id', c.id],
  ];
  const lines = values.filter(([, v]) => v !== null && v !== '').map(([field, v]) => `  ${w.fields[field]}${w.colon}${v ?? ''}`);
  return [`${c.name === '' ? w.noName : c.name}${c.archived ? ` (${w.archived})` : ''}`, ...lines].join('\n');
}

/**
 * The diary line a merge leaves on the customer kept: what happened, the other's hand-set tier
 * (which the survivor's own outranks), and both records in full as they were.
 */
export function mergeRecordText(locale: UiLocale, survivor: RecordedCustomer, other: RecordedCustomer, day: string): string {
  const w = words[locale];
  const name = (c: RecordedCustomer) => (c.name === '' ? (c.phones[0] ?? w.noName) : c.name);
  const parts = [w.merged(name(other), day)];
  if (other.tierOverride !== null) {
    const kept = survivor.tierOverride === null ? null : tierText(w, survivor.tierOverride, survivor.tierOverrideReason);
    parts.push(w.otherTier(name(other), tierText(w, other.tierOverride, other.tierOverrideReason), name(survivor), kept));
  }
  parts.push('', w.asTheyWere, describe(w, survivor), describe(w, other));
  return parts.join('\n');
}
