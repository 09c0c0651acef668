import { dayInZone } from '../../../shared/domain/calendar-date';
import { exportWords, purchaseColumns, type PurchaseColumn } from '../../../shared/domain/export-words';
import type { Db } from '../../db/database';
import { archiveBatches } from '../records/archive-read';
import type { SheetOptions } from './customer-sheet';
import type { Cell, CellKind, Sheet } from './sheet';

const layout: Record<PurchaseColumn, { kind: CellKind; width: number }> = {
  date: { kind: 'day', width: 12 },
  customer: { kind: 'text', width: 16 },
  phone: { kind: 'phone', width: 18 },
  item: { kind: 'text', width: 24 },
  colour: { kind: 'text', width: 10 },
  size: { kind: 'text', width: 8 },
  quantity: { kind: 'count', width: 7 },
  unitPrice: { kind: 'money', width: 12 },
  amount: { kind: 'money', width: 12 },
  currency: { kind: 'text', width: 9 },
};

/** Every purchase line of every live purchase entry, oldest customer id first, dated in the shop's zone. */
export function purchaseSheet(db: Db, options: Omit<SheetOptions, 'currency'>): Sheet {
  const words = exportWords[options.locale];
  async function* batches() {
    for await (const batch of archiveBatches(db)) {
      const rows: Cell[][] = [];
      for (const { customer: c, phones, entries } of batch) {
        for (const { entry, lines } of entries) {
          if (entry.kind !== 'purchase' || entry.deleted_at !== null) continue;
          for (const l of lines) {
            const money = (minor: number | null) => (minor === null ? null : { minor, currency: l.currency });
            const cells: Record<PurchaseColumn, Cell> = {
              date: dayInZone(new Date(entry.occurred_at), options.timeZone),
              customer: c.name,
              phone: phones[0]?.number ?? null,
              item: l.item,
              colour: l.colour,
              size: l.size,
              quantity: l.quantity,
              unitPrice: money(l.unit_price_minor),
              amount: money(l.amount_minor),
              currency: l.currency,
            };
            rows.push(purchaseColumns.map((column) => cells[column]));
          }
        }
      }
      yield { rows, customers: batch.length };
    }
  }
  return {
    name: words.sheets.purchases,
    columns: purchaseColumns.map((column) => ({ header: words.purchase[column], ...layout[column] })),
    batches: batches(),
  };
}
