import type { PurchaseLine } from '../../../shared/contract';
import type { PurchaseLineRow } from './entries.table';

/** A stored purchase line as the contract shows it (a diary entry's, or an earlier version's). */
export function toLine(row: PurchaseLineRow): PurchaseLine {
  return {
    id: row.id,
    item: row.item,
    colour: row.colour,
    size: row.size,
    quantity: row.quantity,
    unitPriceMinor: row.unit_price_minor,
    amountMinor: row.amount_minor,
    currency: row.currency,
  };
}
