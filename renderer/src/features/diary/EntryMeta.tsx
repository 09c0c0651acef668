import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import { shortDate, timeOfDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { writtenByText } from '../team/use-team';

interface Props {
  entry: Entry;
  /** The entry's own name (kind and time), which its buttons repeat for a screen reader. */
  label: string;
  historyOpen: boolean;
  onToggleHistory(): void;
  onEdit(): void;
  onDelete(): void;
}

/** The entry's time and kind, and its buttons; they stay out of Tab, since the keys do the same. */
export function EntryMeta({ entry, label, historyOpen, onToggleHistory, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const by = writtenByText(entry);
  return (
    <div className="entry-meta">
      <span className="entry-time">{timeOfDay(entry.occurredAt)}</span>
      <span className={`chip chip-kind chip-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
      {by !== null && (
        <span className="entry-by" title={t('team.writtenBy')}>
          {by}
        </span>
      )}
      {entry.editedAt !== null && (
        <button type="button" tabIndex={-1} className="link-button entry-edited" aria-expanded={historyOpen} onClick={onToggleHistory}>
          {t('timeline.edited', { date: shortDate(entry.editedAt, locale) })}
        </button>
      )}
      <span className="entry-actions">
        <button type="button" tabIndex={-1} className="link-button" onClick={onEdit} aria-label={`${t('timeline.edit')} ${label}`}>
          {t('timeline.edit')}
          <kbd className="entry-key">E</kbd>
        </button>
        <button
          type="button"
          tabIndex={-1}
          className="link-button entry-delete"
          onClick={onDelete}
          aria-label={`${t('timeline.delete')} ${label}`}
        >
          {t('timeline.delete')}
          <kbd className="entry-key">Del</kbd>
        </button>
      </span>
    </div>
  );
}
