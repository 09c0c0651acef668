/** What a search key was made from; stored as a small integer in search_keys.kind. Frozen values. */
export const KeyKind = {
  name: 1,
  namePart: 2,
  pinyin: 3,
  initials: 4,
  addressAs: 5,
  phone: 6,
  phoneReversed: 7,
  email: 8,
  company: 9,
  tag: 10,
  preference: 11,
} as const;

export type KeyKindValue = (typeof KeyKind)[keyof typeof KeyKind];
