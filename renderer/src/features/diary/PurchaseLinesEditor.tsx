import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnedItem } from '../../../../shared/domain/already-owned';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { draftsTotal, emptyLine, type LineDraft } from './line-drafts';
import { lineFields, PurchaseLineRow, type LineField } from './PurchaseLineRow';

interface Props {
  lines: LineDraft[];
  currency: string;
  /** What the customer bought before, for the "already has" cue. */
  owned: OwnedItem[];
  onChange(lines: LineDraft[]): void;
}

/** Purchase lines typed like a receipt: Tab across, Enter on the price starts the next line. */
export function PurchaseLinesEditor({ lines, currency, owned, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const table = useRef<HTMLDivElement>(null);

  function update(key: number, field: LineField, value: string) {
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
        {lineFields.map((f) => (
          <span key={f}>{labels[f]}</span>
        ))}
        <span />
      </div>
      {lines.map((line, index) => (
        <PurchaseLineRow
          key={line.key}
          line={line}
          index={index}
          labels={labels}
          owned={owned}
          onUpdate={(field, value) => update(line.key, field, value)}
          onPriceKey={(e) => onPriceKey(e, index)}
          onRemove={() => onChange(lines.length === 1 ? [emptyLine()] : lines.filter((l) => l.key !== line.key))}
        />
      ))}
      <div className="lines-foot">
        <button type="button" className="button-quiet" onClick={addLine}>
          ＋ {t('composer.addLine')}
        </button>
        {total > 0 && <span className="lines-total">{t('composer.total', { amount: formatMoney(total, currency, locale) })}</span>}
      </div>
    </div>
  );
}
