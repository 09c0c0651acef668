import type { PurchaseLine } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';

/** One purchase line as a small chip beside the story: "linen shirt · navy · L ×2 ¥598.00". */
export function PurchaseLineChip({ line }: { line: PurchaseLine }) {
  const locale = useLocale();
  const details = [line.colour, line.size].filter((v): v is string => v !== null);
  return (
    <span className="chip chip-line">
      <strong>{line.item}</strong>
      {details.length > 0 && <span> · {details.join(' · ')}</span>}
      {line.quantity > 1 && <span> ×{line.quantity}</span>}
      {line.amountMinor !== null && <span className="amount"> {formatMoney(line.amountMinor, line.currency, locale)}</span>}
    </span>
  );
}
