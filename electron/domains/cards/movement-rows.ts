import type { Line } from '../../../shared/domain/card-ledger';
import { namedId, newId } from '../../db/new-id';
import type { NewCardMovementRow } from './cards.table';

/**
 * The ledger rows one movement writes: the lines `apply` returned, under one movement id, each
 * with its own id, the moment, the diary line it belongs to and its reason. A movement every
 * counter writes for itself (an expiry) is `named`: its ids follow from the name, so the counters'
 * rows are the same documents.
 */
export function movementRows(
  lines: readonly Line[],
  movement: { customerId: string; at: string; entryId: string | null; reason: string | null; named?: { name: string; at: Date } },
): NewCardMovementRow[] {
  const { named } = movement;
  const idOf = (part: string) => (named === undefined ? newId() : namedId(`${named.name}/${part}`, named.at));
  const movementId = idOf('movement');
  return lines.map((l, i) => ({
    id: idOf(`line/${i}`),
    movement_id: movementId,
    customer_id: movement.customerId,
    purse: l.purse,
    punch_id: l.punchId,
    kind: l.kind,
    delta: l.delta,
    balance_after: l.balanceAfter,
    at: movement.at,
    entry_id: movement.entryId,
    reason: movement.reason,
    made_by: null,
  }));
}
