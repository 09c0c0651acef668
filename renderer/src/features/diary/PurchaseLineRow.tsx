import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findAlreadyOwned, type OwnedItem } from '../../../../shared/domain/already-owned';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import type { LineDraft } from './line-drafts';

export const lineFields = ['item', 'colour', 'size', 'quantity', 'price'] as const;
export type LineField = (typeof lineFields)[number];

interface Props {
  line: LineDraft;
  index: number;
  labels: Record<LineField, string>;
  owned: OwnedItem[];
  onUpdate(field: LineField, value: string): void;
  onPriceKey(event: KeyboardEvent<HTMLInputElement>): void;
  onRemove(): void;
}

/** One receipt line, numbered for a screen reader, with a cue below when the customer already has the item. */
export function PurchaseLineRow({ line, index, labels, owned, onUpdate, onPriceKey, onRemove }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const match = findAlreadyOwned(owned, line);
  const what = match === null ? '' : [match.owned.colour, match.owned.item, match.owned.size].filter(Boolean).join(' ');
  return (
    <div>
      <div className="lines-row">
        {lineFields.map((field) => (
          <input
            key={field}
            data-field={field}
            aria-label={`${labels[field]} ${index + 1}`}
            value={line[field]}
            inputMode={field === 'quantity' || field === 'price' ? 'decimal' : undefined}
            onChange={(e) => onUpdate(field, e.target.value)}
            onKeyDown={field === 'price' ? onPriceKey : undefined}
          />
        ))}
        <button type="button" className="icon-button" aria-label={`${t('composer.removeLine')} ${index + 1}`} onClick={onRemove}>
          ×
        </button>
      </div>
      {match !== null && (
        <p className={`owned-cue owned-${match.strength}`} role="note">
          {t(match.strength === 'exact' ? 'composer.alreadyHas' : 'composer.alreadyHasOther', {
            what,
            date: shortDate(match.owned.occurredAt, locale),
          })}
        </p>
      )}
    </div>
  );
}
