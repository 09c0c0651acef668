import { createContext } from 'react';
import type { EntryKind } from '../../../../shared/domain/entry-kinds';
import { emptyDetails, type DetailsDraft } from './details-draft';
import { isBlank, type LineDraft } from './line-drafts';

/** What someone was writing in a customer's composer and has not saved yet. */
export interface ComposerDraft {
  kind: EntryKind;
  text: string;
  when: string;
  lines: LineDraft[];
  details: DetailsDraft;
}

/**
 * Unsaved composer text by customer id, kept above the pages so that a lock (which takes every
 * page down) or going to another customer loses nothing. Held in memory only: writing it to
 * storage would put customer words on disk outside the protected book.
 */
export type ComposerDrafts = Map<string, ComposerDraft>;

export const ComposerDraftsContext = createContext<ComposerDrafts | null>(null);

export function isEmptyDraft(draft: ComposerDraft): boolean {
  return (
    draft.kind === 'note' &&
    draft.text === '' &&
    draft.when === '' &&
    draft.lines.every(isBlank) &&
    Object.entries(emptyDetails).every(([key, value]) => draft.details[key as keyof DetailsDraft] === value)
  );
}
