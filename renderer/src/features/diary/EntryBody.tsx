import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { EntryDetailsChips } from './EntryDetailsChips';
import { PurchaseLineChip } from './PurchaseLineChip';

/** The story in full, a paragraph per blank line, and its structure as chips beside it. */
export function EntryBody({ entry, occasion }: { entry: Entry; occasion: string | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {entry.text.trim() !== '' && (
        <div className="entry-text">
          {entry.text.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
      {occasion !== undefined && (
        <div className="chips">
          <span className="chip">{t('timeline.greetingFor', { label: occasion })}</span>
        </div>
      )}
      {entry.details !== null && <EntryDetailsChips details={entry.details} />}
      {entry.lines.length > 0 && (
        <div className="chips">
          {entry.lines.map((line) => (
            <PurchaseLineChip key={line.id} line={line} />
          ))}
          {entry.totalMinor !== null && entry.currency !== null && entry.lines.length > 1 && (
            <span className="entry-total">{formatMoney(entry.totalMinor, entry.currency, locale)}</span>
          )}
        </div>
      )}
    </>
  );
}
