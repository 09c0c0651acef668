import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import { timeOfDay } from '../../app/i18n/format';
import { EntryBody } from './EntryBody';
import { EntryEditor } from './EntryEditor';
import { EntryMeta } from './EntryMeta';
import { EntryRevisions } from './EntryRevisions';
import { ResolveComplaintForm } from './ResolveComplaintForm';
import type { TimelineKeys } from './use-timeline-keys';

interface Props {
  entry: Entry;
  /** Where the entry stands in the whole timeline, across days, for the arrow keys. */
  index: number;
  occasion: string | undefined;
  currency: string;
  timeline: TimelineKeys;
  onDelete(entry: Entry): void;
  onEdit(entry: Entry, patch: EntryPatch): Promise<boolean>;
  onResolve?(entry: Entry, remedy: string, resolvedOn: string): void;
}

/** One entry of the diary: read, corrected in place, or its complaint resolved. */
export function TimelineEntry({ entry, index, occasion, currency, timeline, onDelete, onEdit, onResolve }: Props) {
  const { t } = useTranslation();
  const { editing, setEditing, resolving, setResolving, history, setHistory, focusEntry } = timeline;
  const label = `${t(`kinds.${entry.kind}`)} ${timeOfDay(entry.occurredAt)}`;
  const closeEditor = () => {
    setEditing(null);
    focusEntry(entry.id);
  };
  return (
    <article
      data-entry={entry.id}
      tabIndex={entry.id === timeline.focusable ? 0 : -1}
      onFocus={(e) => e.target === e.currentTarget && timeline.setCurrent(entry.id)}
      onKeyDown={(e) => timeline.onKeyDown(e, entry, index)}
      className={`entry entry-${entry.kind}`}
      aria-label={label}
      aria-keyshortcuts="E Delete"
    >
      <EntryMeta
        entry={entry}
        label={label}
        historyOpen={history === entry.id}
        onToggleHistory={() => setHistory(history === entry.id ? null : entry.id)}
        onEdit={() => setEditing(entry.id)}
        onDelete={() => onDelete(entry)}
      />
      {history === entry.id && <EntryRevisions entryId={entry.id} />}
      {editing === entry.id ? (
        <EntryEditor
          entry={entry}
          currency={currency}
          onCancel={closeEditor}
          onSave={(patch) =>
            void onEdit(entry, patch).then((saved) => {
              if (saved) closeEditor();
            })
          }
        />
      ) : (
        <EntryBody entry={entry} occasion={occasion} />
      )}
      {timeline.isOpenComplaint(entry) && resolving !== entry.id && editing !== entry.id && (
        <button
          type="button"
          tabIndex={-1}
          className="button-quiet"
          aria-label={t('timeline.resolve')}
          onClick={() => setResolving(entry.id)}
        >
          {t('timeline.resolve')}
          <kbd className="entry-key">R</kbd>
        </button>
      )}
      {resolving === entry.id && onResolve !== undefined && (
        <ResolveComplaintForm
          initialRemedy={entry.details?.remedy ?? ''}
          onCancel={() => setResolving(null)}
          onResolve={(remedy, on) => {
            setResolving(null);
            onResolve(entry, remedy, on);
          }}
        />
      )}
    </article>
  );
}
