import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import { useLocale } from '../../app/locale-context';
import { groupByDay } from './timeline-days';
import { TimelineEntry } from './TimelineEntry';
import { useTimelineKeys } from './use-timeline-keys';

interface Props {
  entries: Entry[];
  /** The occasion of each diary message that was a greeting, by entry id. */
  occasions?: ReadonlyMap<string, string>;
  hasMore: boolean;
  currency: string;
  onMore(): void;
  onDelete(entry: Entry): void;
  onEdit(entry: Entry, patch: EntryPatch): Promise<boolean>;
  onResolve?(entry: Entry, remedy: string, resolvedOn: string): void;
}

/**
 * The diary reads like a diary: the date as a heading, the story in full, structure as chips
 * beside it. The whole timeline is one stop for Tab: arrows move between entries, E corrects the
 * one in focus, Delete moves it to the trash, R resolves a complaint.
 */
export function Timeline({ entries, occasions, hasMore, currency, onMore, onDelete, onEdit, onResolve }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { box, ...timeline } = useTimelineKeys(entries, onDelete, onResolve !== undefined);
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;

  return (
    <div className="timeline" ref={box}>
      {groupByDay(entries, locale).map((day) => (
        <section key={day.key} className="timeline-day">
          <h3 className="timeline-date">{day.heading}</h3>
          {day.entries.map((entry) => (
            <TimelineEntry
              key={entry.id}
              entry={entry}
              index={entries.indexOf(entry)}
              occasion={occasions?.get(entry.id)}
              currency={currency}
              timeline={timeline}
              onDelete={onDelete}
              onEdit={onEdit}
              onResolve={onResolve}
            />
          ))}
        </section>
      ))}
      {hasMore && (
        <button type="button" className="button-quiet" onClick={onMore}>
          {t('timeline.older')}
        </button>
      )}
    </div>
  );
}
