import type { Tier } from './customer-value';
import { lunarLabel } from './lunar-names';
import type { UiLocale } from './salutation';

/** The columns of the customer export, in order, for CSV and .xlsx alike. */
export const customerColumns = [
  'name',
  'addressAs',
  'gender',
  'phones',
  'email',
  'address',
  'company',
  'title',
  'birthday',
  'tags',
  'likes',
  'dislikes',
  'firstVisit',
  'lastVisit',
  'visits',
  'spend',
  'tier',
  'responsible',
  'about',
  'created',
] as const;
export type CustomerColumn = (typeof customerColumns)[number];

/** The columns of the purchases export, one row per purchase line. */
export const purchaseColumns = [
  'date',
  'customer',
  'phone',
  'item',
  'colour',
  'size',
  'quantity',
  'unitPrice',
  'amount',
  'currency',
] as const;
export type PurchaseColumn = (typeof purchaseColumns)[number];

interface ExportWords {
  sheets: { customers: string; purchases: string };
  /** `{{currency}}` in the spend header is the book's currency code. */
  customer: Record<CustomerColumn, string>;
  purchase: Record<PurchaseColumn, string>;
  gender: Record<'female' | 'male', string>;
  tier: Record<Tier, string>;
}

/**
 * Every word an export writes, in the user's language. The import's column guessing reads these
 * same headers back (import-columns.ts), so an export always re-imports whatever its language.
 */
export const exportWords: Record<UiLocale, ExportWords> = {
  en: {
    sheets: { customers: 'Customers', purchases: 'Purchases' },
    customer: {
      name: 'Name',
      addressAs: 'Address as',
      gender: 'Gender',
      phones: 'Phone',
      email: 'Email',
      address: 'Address',
      company: 'Company',
      title: 'Title',
      birthday: 'Birthday',
      tags: 'Tags',
      likes: 'Likes',
      dislikes: 'Dislikes',
      firstVisit: 'First visit',
      lastVisit: 'Last visit',
      visits: 'Visits',
      spend: 'Total spend ({{currency}})',
      tier: 'Tier',
      responsible: 'Looked after by',
      about: 'About',
      created: 'Created',
    },
    purchase: {
      date: 'Date',
      customer: 'Customer',
      phone: 'Phone',
      item: 'Item',
      colour: 'Colour',
      size: 'Size',
      quantity: 'Qty',
      unitPrice: 'Unit price',
      amount: 'Amount',
      currency: 'Currency',
    },
    gender: { female: 'Female', male: 'Male' },
    tier: { vip: 'VIP', regular: 'Regular', new: 'New', at_risk: 'At risk', lost: 'Lost' },
  },
  'zh-CN': {
    sheets: { customers: '客户', purchases: '购买记录' },
    customer: {
      name: '姓名',
      addressAs: '称呼',
      gender: '性别',
      phones: '电话',
      email: '邮箱',
      address: '地址',
      company: '公司',
      title: '职位',
      birthday: '生日',
      tags: '标签',
      likes: '喜好',
      dislikes: '不喜欢',
      firstVisit: '首次到店',
      lastVisit: '上次到店',
      visits: '到店次数',
      spend: '累计消费（{{currency}}）',
      tier: '客户等级',
      responsible: '负责人',
      about: '备注',
      created: '建档日期',
    },
    purchase: {
      date: '日期',
      customer: '客户',
      phone: '电话',
      item: '商品',
      colour: '颜色',
      size: '尺码',
      quantity: '数量',
      unitPrice: '单价',
      amount: '金额',
      currency: '货币',
    },
    gender: { female: '女', male: '男' },
    tier: { vip: 'VIP', regular: '常客', new: '新客', at_risk: '流失风险', lost: '已流失' },
  },
  'zh-TW': {
    sheets: { customers: '客戶', purchases: '購買紀錄' },
    customer: {
      name: '姓名',
      addressAs: '稱呼',
      gender: '性別',
      phones: '電話',
      email: '電子郵件',
      address: '地址',
      company: '公司',
      title: '職稱',
      birthday: '生日',
      tags: '標籤',
      likes: '喜好',
      dislikes: '不喜歡',
      firstVisit: '首次到店',
      lastVisit: '上次到店',
      visits: '到店次數',
      spend: '累計消費（{{currency}}）',
      tier: '客戶等級',
      responsible: '負責人',
      about: '備註',
      created: '建檔日期',
    },
    purchase: {
      date: '日期',
      customer: '客戶',
      phone: '電話',
      item: '商品',
      colour: '顏色',
      size: '尺寸',
      quantity: '數量',
      unitPrice: '單價',
      amount: '金額',
      currency: '幣別',
    },
    gender: { female: '女', male: '男' },
    tier: { vip: 'VIP', regular: '常客', new: '新客', at_risk: '流失風險', lost: '已流失' },
  },
};

/** The customer headers in a language, the spend column naming the book's currency. */
export function customerHeaders(locale: UiLocale, currency: string): string[] {
  return customerColumns.map((column) => exportWords[locale].customer[column].replace('{{currency}}', currency));
}

export interface BirthdayFacts {
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leapMonth: boolean;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A birthday as a person writes it, and as the import reads it back: 1985-03-12, 03-12 without a
 * year, 农历八月十五 or 农历1985年闰四月初一. Lunar birthdays are written in Chinese whatever the
 * language (that is how they are known), in traditional characters for zh-TW.
 */
export function birthdayText(birthday: BirthdayFacts, locale: UiLocale): string {
  if (birthday.calendar === 'solar') {
    const monthDay = `${two(birthday.month)}-${two(birthday.day)}`;
    return birthday.year === null ? monthDay : `${birthday.year}-${monthDay}`;
  }
  const traditional = locale === 'zh-TW';
  const label = lunarLabel(birthday.month, birthday.day, birthday.leapMonth, traditional);
  if (birthday.year === null) return label;
  const prefix = traditional ? '農曆' : '农历';
  return `${prefix}${birthday.year}年${label.slice(prefix.length)}`;
}

/** The language an export is asked for by name ("zh-TW"), when Shuke speaks it. */
export function exportLocaleOf(value: string | null | undefined): UiLocale | undefined {
  return (Object.keys(exportWords) as UiLocale[]).find((locale) => locale === value);
}
