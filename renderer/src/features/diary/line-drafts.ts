import type { PurchaseLine, PurchaseLineInput } from '../../../../shared/contract';
import { fromMinor, minorDigits, parseMoneyInput } from '../../../../shared/domain/money';

/** A purchase line as typed: every field is text until it is saved. */
export interface LineDraft {
  key: number;
  item: string;
  colour: string;
  size: string;
  quantity: string;
  price: string;
}

let nextKey = 1;

export function emptyLine(): LineDraft {
  nextKey += 1;
  return { key: nextKey, item: '', colour: '', size: '', quantity: '1', price: '' };
}

export function isBlank(line: LineDraft): boolean {
  return line.item.trim() === '' && line.colour.trim() === '' && line.size.trim() === '' && line.price.trim() === '';
}

export type LineProblem = { kind: 'needItem'; line: number } | { kind: 'badPrice'; line: number; value: string };

/** Turns drafts into contract lines, skipping untouched rows; reports the first problem by line number. */
export function toLineInputs(drafts: LineDraft[], currency: string): { lines: PurchaseLineInput[] } | { problem: LineProblem } {
  const lines: PurchaseLineInput[] = [];
  for (const [index, draft] of drafts.entries()) {
    if (isBlank(draft)) continue;
    const number = index + 1;
    if (draft.item.trim() === '') return { problem: { kind: 'needItem', line: number } };
    let unitPriceMinor: number | null = null;
    if (draft.price.trim() !== '') {
      unitPriceMinor = parseMoneyInput(draft.price, currency);
      if (unitPriceMinor === null) return { problem: { kind: 'badPrice', line: number, value: draft.price } };
    }
    const quantity = Number.parseInt(draft.quantity, 10);
    lines.push({
      item: draft.item.trim(),
      colour: draft.colour.trim() === '' ? null : draft.colour.trim(),
      size: draft.size.trim() === '' ? null : draft.size.trim(),
      quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
      unitPriceMinor,
      currency,
    });
  }
  return { lines };
}

export function draftsTotal(drafts: LineDraft[], currency: string): number {
  return drafts.reduce((sum, d) => {
    const price = parseMoneyInput(d.price, currency);
    const qty = Number.parseInt(d.quantity, 10);
    return price === null ? sum : sum + price * (Number.isInteger(qty) && qty > 0 ? qty : 1);
  }, 0);
}

/** A saved line back as typed text, to correct it. */
export function draftFromLine(line: PurchaseLine): LineDraft {
  nextKey += 1;
  return {
    key: nextKey,
    item: line.item,
    colour: line.colour ?? '',
    size: line.size ?? '',
    quantity: String(line.quantity),
    price: line.unitPriceMinor === null ? '' : fromMinor(line.unitPriceMinor, line.currency).toFixed(minorDigits(line.currency)),
  };
}
