import type { Line } from '../../../shared/domain/card-ledger';
import { newId } from '../../db/new-id';
import type { NewCardMovementRow } from './cards.table';

/**
 * The ledger rows one movement writes: the lines `apply` returned, under one movement id, each
 * with its own id, the moment, the diary line it belongs to and its reason.
 */
export function movementRows(
  lines: readonly Line[],
  movement: { customerId: string; at: string; entryId: string | null; reason: string | null },
): NewCardMovementRow[] {
  const movementId = newId();
  return lines.map((l) => ({
    id: newId(),
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
