import type { EntryDetailsInput } from '../../../../shared/contract';
import type { EntryKind } from '../../../../shared/domain/entry-kinds';

/** The structured fields beside the story, as typed. */
export interface DetailsDraft {
  remedy: string;
  resolvedOn: string;
  promiseDue: string;
  giftItem: string;
  giftOccasion: string;
  satisfaction: string;
  followUpOn: string;
}

export const emptyDetails: DetailsDraft = {
  remedy: '',
  resolvedOn: '',
  promiseDue: '',
  giftItem: '',
  giftOccasion: '',
  satisfaction: '',
  followUpOn: '',
};

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export type DetailsProblem = 'needDue' | 'needGift';

/** Only the fields that belong to the kind are sent; nothing filled in means no structured part. */
export function toDetailsInput(kind: EntryKind, d: DetailsDraft): { details: EntryDetailsInput | null } | { problem: DetailsProblem } {
  if (kind === 'promise' && orNull(d.promiseDue) === null) return { problem: 'needDue' };
  if (kind === 'gift' && orNull(d.giftItem) === null) return { problem: 'needGift' };
  const details: EntryDetailsInput = { followUpOn: orNull(d.followUpOn) };
  if (kind === 'complaint') Object.assign(details, { remedy: orNull(d.remedy), resolvedOn: orNull(d.resolvedOn) });
  if (kind === 'promise') Object.assign(details, { promiseDue: orNull(d.promiseDue) });
  if (kind === 'gift') Object.assign(details, { giftItem: orNull(d.giftItem), giftOccasion: orNull(d.giftOccasion) });
  if ((kind === 'visit' || kind === 'service' || kind === 'purchase') && d.satisfaction !== '')
    details.satisfaction = Number(d.satisfaction);
  const anything = Object.values(details).some((v) => v !== null && v !== undefined);
  return { details: anything ? details : null };
}
