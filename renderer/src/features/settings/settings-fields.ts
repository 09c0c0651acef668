import { settingsSchema } from '../../../../shared/contract';

export const numberKeys = [
  'followUpAfterPurchaseDays',
  'complaintFollowUpDays',
  'contactCooldownDays',
  // How customers are told apart by value (tiers, stages); changing one relabels the whole book.
  'vipTopPercent',
  'valueWindowDays',
  'newWithinDays',
  'atRiskAfterDays',
  'lostAfterDays',
  'loyalVisits',
] as const;

export type NumberKey = (typeof numberKeys)[number];

/** The numbers under their headings: how care paces itself, and how customers are told apart by value. */
export const numberGroups: readonly { heading: 'care' | 'value'; keys: readonly NumberKey[] }[] = [
  { heading: 'care', keys: ['followUpAfterPurchaseDays', 'complaintFollowUpDays', 'contactCooldownDays'] },
  { heading: 'value', keys: ['vipTopPercent', 'valueWindowDays', 'newWithinDays', 'atRiskAfterDays', 'lostAfterDays', 'loyalVisits'] },
];

/** What each number counts, for the limits shown beside it. */
export const unitOf: Record<NumberKey, 'days' | 'percent' | 'visits'> = {
  followUpAfterPurchaseDays: 'days',
  complaintFollowUpDays: 'days',
  contactCooldownDays: 'days',
  vipTopPercent: 'percent',
  valueWindowDays: 'days',
  newWithinDays: 'days',
  atRiskAfterDays: 'days',
  lostAfterDays: 'days',
  loyalVisits: 'visits',
};

/** A number setting's limits, as the book checks them (the contract's schema). */
export function limitsOf(key: NumberKey): { min: number; max: number } {
  const schema = settingsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

// The fields a refusal of settings.update is shown beside.
export const settingsFields = ['currency', 'timeZone', ...numberKeys] as const;

/** The zones offered for the shop: the book's own first, then every zone this runtime knows (the browser's among them). */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [...new Set([current, browser, ...known, 'UTC'].filter((zone) => zone !== ''))];
}
