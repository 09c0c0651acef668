import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { dayHeading, shortDate, timeOfDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { EntryDetailsChips } from './EntryDetailsChips';
import { EntryEditor } from './EntryEditor';
import { EntryRevisions } from './EntryRevisions';
import { PurchaseLineChip } from './PurchaseLineChip';
import { ResolveComplaintForm } from './ResolveComplaintForm';

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

function localDayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/**
 * The diary reads like a diary: the date as a heading, the story in full, structure as chips
 * beside it. The whole timeline is one stop for Tab: arrows move between entries, E corrects the
 * one in focus, Delete moves it to the trash, R resolves a complaint.
 */
export function Timeline({ entries, occasions, hasMore, currency, onMore, onDelete, onEdit, onResolve }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [resolving, setResolving] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;

  const days: { key: string; heading: string; entries: Entry[] }[] = [];
  for (const entry of entries) {
    const key = localDayKey(entry.occurredAt);
    const last = days[days.length - 1];
    if (last !== undefined && last.key === key) last.entries.push(entry);
    else days.push({ key, heading: dayHeading(entry.occurredAt, locale), entries: [entry] });
  }
  const focusable = entries.some((e) => e.id === current) ? current : (entries[0]?.id ?? null);

  const isOpenComplaint = (entry: Entry) => entry.kind === 'complaint' && entry.details?.resolvedOn == null && onResolve !== undefined;

  function focusEntry(id: string | undefined) {
    if (id === undefined) return;
    setCurrent(id);
    box.current?.querySelector<HTMLElement>(`[data-entry="${id}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, entry: Entry, index: number) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Record<string, number | undefined> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: entries.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusEntry(entries[Math.max(0, Math.min(entries.length - 1, to))]?.id);
    } else if (event.key.toLowerCase() === 'e') {
      event.preventDefault();
      setEditing(entry.id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      focusEntry((entries[index + 1] ?? entries[index - 1])?.id);
      onDelete(entry);
    } else if (event.key.toLowerCase() === 'r' && isOpenComplaint(entry)) {
      event.preventDefault();
      setResolving(entry.id);
    }
  }

  return (
    <div className="timeline" ref={box}>
      {days.map((day) => (
        <section key={day.key} className="timeline-day">
          <h3 className="timeline-date">{day.heading}</h3>
          {day.entries.map((entry) => {
            const index = entries.indexOf(entry);
            const label = `${t(`kinds.${entry.kind}`)} ${timeOfDay(entry.occurredAt)}`;
            return (
              <article
                key={entry.id}
                data-entry={entry.id}
                tabIndex={entry.id === focusable ? 0 : -1}
                onFocus={(e) => e.target === e.currentTarget && setCurrent(entry.id)}
                onKeyDown={(e) => onKeyDown(e, entry, index)}
                className={`entry entry-${entry.kind}`}
                aria-label={label}
                aria-keyshortcuts="E Delete"
              >
                <div className="entry-meta">
                  <span className="entry-time">{timeOfDay(entry.occurredAt)}</span>
                  <span className={`chip chip-kind chip-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
                  {entry.editedAt !== null && (
                    <button
                      type="button"
                      tabIndex={-1}
                      className="link-button entry-edited"
                      aria-expanded={history === entry.id}
                      onClick={() => setHistory(history === entry.id ? null : entry.id)}
                    >
                      {t('timeline.edited', { date: shortDate(entry.editedAt, locale) })}
                    </button>
                  )}
                  <span className="entry-actions">
                    <button
                      type="button"
                      tabIndex={-1}
                      className="link-button"
                      onClick={() => setEditing(entry.id)}
                      aria-label={`${t('timeline.edit')} ${label}`}
                    >
                      {t('timeline.edit')}
                      <kbd className="entry-key">E</kbd>
                    </button>
                    <button
                      type="button"
                      tabIndex={-1}
                      className="link-button entry-delete"
                      onClick={() => onDelete(entry)}
                      aria-label={`${t('timeline.delete')} ${label}`}
                    >
                      {t('timeline.delete')}
                      <kbd className="entry-key">Del</kbd>
                    </button>
                  </span>
                </div>
                {history === entry.id && <EntryRevisions entryId={entry.id} />}
                {editing === entry.id ? (
                  <EntryEditor
                    entry={entry}
                    currency={currency}
                    onCancel={() => {
                      setEditing(null);
                      focusEntry(entry.id);
                    }}
                    onSave={(patch) =>
                      void onEdit(entry, patch).then((saved) => {
                        if (!saved) return;
                        setEditing(null);
                        focusEntry(entry.id);
                      })
                    }
                  />
                ) : (
                  <>
                    {entry.text.trim() !== '' && (
                      <div className="entry-text">
                        {entry.text.split(/\n{2,}/).map((paragraph, i) => (
                          <p key={i}>{paragraph}</p>
                        ))}
                      </div>
                    )}
                    {occasions?.has(entry.id) === true && (
                      <div className="chips">
                        <span className="chip">{t('timeline.greetingFor', { label: occasions.get(entry.id) })}</span>
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
                )}
                {isOpenComplaint(entry) && resolving !== entry.id && editing !== entry.id && (
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
          })}
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
