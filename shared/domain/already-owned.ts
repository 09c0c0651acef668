/** A thing the customer bought before, as the "already has" cue needs it. */
export interface OwnedItem {
  item: string;
  colour: string | null;
  size: string | null;
  occurredAt: string;
}

export interface OwnedMatch {
  owned: OwnedItem;
  /** 'exact': same item in the same colour (and size, when both are known); 'item': same item otherwise. */
  strength: 'exact' | 'item';
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

function known(value: string | null | undefined): boolean {
  return (value ?? '').trim() !== '';
}

/**
 * While a purchase is being logged: did they buy this item before? The strongest, most recent
 * match wins, so "already has: navy linen shirt, L, 30 Oct" shows before a grey one from 2024.
 */
export function findAlreadyOwned(
  history: OwnedItem[],
  draft: { item: string; colour?: string | null; size?: string | null },
): OwnedMatch | null {
  if (!known(draft.item)) return null;
  const sameItem = history.filter((h) => same(h.item, draft.item)).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  if (sameItem.length === 0) return null;
  const exact = sameItem.find(
    (h) =>
      (!known(draft.colour) || !known(h.colour) ? false : same(h.colour, draft.colour)) &&
      (!known(draft.size) || !known(h.size) || same(h.size, draft.size)),
  );
  if (exact !== undefined) return { owned: exact, strength: 'exact' };
  const first = sameItem[0];
  return first === undefined ? null : { owned: first, strength: 'item' };
}
