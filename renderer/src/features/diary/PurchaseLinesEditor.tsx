import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findAlreadyOwned, type OwnedItem } from '../../../../shared/domain/already-owned';
import { formatMoney } from '../../../../shared/domain/money';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { draftsTotal, emptyLine, type LineDraft } from './line-drafts';

interface Props {
  lines: LineDraft[];
  currency: string;
  /** What the customer bought before, for the "already has" cue. */
  owned: OwnedItem[];
  onChange(lines: LineDraft[]): void;
}

const fields = ['item', 'colour', 'size', 'quantity', 'price'] as const;

/** Purchase lines typed like a receipt: Tab across, Enter on the price starts the next line. */
export function PurchaseLinesEditor({ lines, currency, owned, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const table = useRef<HTMLDivElement>(null);

  function update(key: number, field: (typeof fields)[number], value: string) {
    onChange(lines.map((line) => (line.key === key ? { ...line, [field]: value } : line)));
  }

  function addLine() {
    onChange([...lines, emptyLine()]);
    requestAnimationFrame(() => {
      const inputs = table.current?.querySelectorAll<HTMLInputElement>('input[data-field="item"]');
      inputs?.[inputs.length - 1]?.focus();
    });
  }

  function onPriceKey(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && index === lines.length - 1) {
      event.preventDefault();
      addLine();
    }
  }

  const labels = {
    item: t('composer.item'),
    colour: t('composer.colour'),
    size: t('composer.size'),
    quantity: t('composer.quantity'),
    price: t('composer.price'),
  };
  const total = draftsTotal(lines, currency);
  return (
    <div className="lines" ref={table}>
      <div className="lines-row lines-head" aria-hidden="true">
        {fields.map((f) => (
          <span key={f}>{labels[f]}</span>
        ))}
        <span />
      </div>
      {lines.map((line, index) => {
        const match = findAlreadyOwned(owned, line);
        const what = match === null ? '' : [match.owned.colour, match.owned.item, match.owned.size].filter(Boolean).join(' ');
        return (
          <div key={line.key}>
            <div className="lines-row">
              {fields.map((field) => (
                <input
                  key={field}
                  data-field={field}
                  aria-label={`${labels[field]} ${index + 1}`}
                  value={line[field]}
                  inputMode={field === 'quantity' || field === 'price' ? 'decimal' : undefined}
                  onChange={(e) => update(line.key, field, e.target.value)}
                  onKeyDown={field === 'price' ? (e) => onPriceKey(e, index) : undefined}
                />
              ))}
              <button
                type="button"
                className="icon-button"
                aria-label={`${t('composer.removeLine')} ${index + 1}`}
                onClick={() => onChange(lines.length === 1 ? [emptyLine()] : lines.filter((l) => l.key !== line.key))}
              >
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
      })}
      <div className="lines-foot">
        <button type="button" className="button-quiet" onClick={addLine}>
          ＋ {t('composer.addLine')}
        </button>
        {total > 0 && <span className="lines-total">{t('composer.total', { amount: formatMoney(total, currency, locale) })}</span>}
      </div>
    </div>
  );
}
