export const entryKinds = ['note', 'visit', 'purchase', 'call', 'message', 'complaint', 'promise', 'gift', 'service'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Kinds that mean the customer was physically there: they count as visits. */
export const visitKinds: readonly EntryKind[] = ['visit', 'purchase', 'service'];

/** Kinds that count as reaching out to the customer, for "don't overdo it". */
export const contactKinds: readonly EntryKind[] = ['call', 'message', 'gift'];

export const preferencePolarities = ['like', 'dislike', 'fact'] as const;
export type PreferencePolarity = (typeof preferencePolarities)[number];

export const preferenceCategories = ['colour', 'size', 'style', 'brand', 'taste', 'other'] as const;
export type PreferenceCategory = (typeof preferenceCategories)[number];

export const promiseStatuses = ['open', 'kept', 'broken'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];
