export const entryKinds = ['note', 'visit', 'purchase', 'call', 'message'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Kinds that mean the customer was physically there: they count as visits. */
export const visitKinds: readonly EntryKind[] = ['visit', 'purchase'];

export const preferencePolarities = ['like', 'dislike', 'fact'] as const;
export type PreferencePolarity = (typeof preferencePolarities)[number];

export const preferenceCategories = ['colour', 'size', 'style', 'brand', 'taste', 'other'] as const;
export type PreferenceCategory = (typeof preferenceCategories)[number];
