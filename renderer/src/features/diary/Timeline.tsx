import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { dayHeading, timeOfDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { EntryDetailsChips } from './EntryDetailsChips';
import { PurchaseLineChip } from './PurchaseLineChip';
import { ResolveComplaintForm } from './ResolveComplaintForm';

interface Props {
  entries: Entry[];
  hasMore: boolean;
  onMore(): void;
  onDelete(entry: Entry): void;
  onResolve?(entry: Entry, remedy: string, resolvedOn: string): void;
}

function localDayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** The diary reads like a diary: the date as a heading, the story in full, structure as chips beside it. */
export function Timeline({ entries, hasMore, onMore, onDelete, onResolve }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [resolving, setResolving] = useState<string | null>(null);
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;

  const days: { key: string; heading: string; entries: Entry[] }[] = [];
  for (const entry of entries) {
    const key = localDayKey(entry.occurredAt);
    const last = days[days.length - 1];
    if (last !== undefined && last.key === key) last.entries.push(entry);
    else days.push({ key, heading: dayHeading(entry.occurredAt, locale), entries: [entry] });
  }

  return (
    <div className="timeline">
      {days.map((day) => (
        <section key={day.key} className="timeline-day">
          <h3 className="timeline-date">{day.heading}</h3>
          {day.entries.map((entry) => (
            <article
              key={entry.id}
              className={`entry entry-${entry.kind}`}
              aria-label={`${t(`kinds.${entry.kind}`)} ${timeOfDay(entry.occurredAt)}`}
            >
              <div className="entry-meta">
                <span className="entry-time">{timeOfDay(entry.occurredAt)}</span>
                <span className={`chip chip-kind chip-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
                <button
                  type="button"
                  className="link-button entry-delete"
                  onClick={() => onDelete(entry)}
                  aria-label={`${t('timeline.delete')} ${timeOfDay(entry.occurredAt)}`}
                >
                  {t('timeline.delete')}
                </button>
              </div>
              {entry.text.trim() !== '' && (
                <div className="entry-text">
                  {entry.text.split(/\n{2,}/).map((paragraph, i) => (
                    <p key={i}>{paragraph}</p>
                  ))}
                </div>
              )}
              {entry.details !== null && <EntryDetailsChips details={entry.details} />}
              {entry.kind === 'complaint' && entry.details?.resolvedOn == null && onResolve !== undefined && resolving !== entry.id && (
                <button type="button" className="button-quiet" onClick={() => setResolving(entry.id)}>
                  {t('timeline.resolve')}
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
            </article>
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
