import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundFailure, Today } from '../../../../shared/contract';
import { useApi } from '../../api';
import { dayLabel, relativeDay, shortDate, timeOfDay, type BookDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { CareItem, type CareAction } from './CareItem';
import { UndoRestoreLine } from '../settings/UndoRestoreLine';
import { describeDate } from './describe-date';

/** A nudge while there is no backup of the last 7 days; otherwise a quiet line saying when. */
function BackupLine({ lastAt, book, onBackup }: { lastAt: string | null; book: BookDay; onBackup(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [now] = useState(() => new Date());
  const stale = lastAt === null || now.getTime() - Date.parse(lastAt) > 7 * 86_400_000;
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
    <p className={stale ? 'backup-nudge' : 'backup-ok muted'} role="note">
      {lastAt === null ? t('care.backupNever') : t('care.backupAt', { when: relativeDay(lastAt, now, locale, words, book) })}{' '}
      <button type="button" className="button-quiet" onClick={onBackup}>
        {t('care.backupNow')}
      </button>
    </p>
  );
}

/** Background work (the daily values, a backup's helper) that failed: said where the owner looks each morning. */
export function BackgroundFailureLine({ failure }: { failure: BackgroundFailure }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p className="backup-nudge" role="alert">
      {t('care.backgroundFailed', {
        what: t(`care.backgroundWhat.${failure.what}`),
        when: `${shortDate(failure.at, locale)} ${timeOfDay(failure.at)}`,
        reason: failure.reason,
      })}
    </p>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="care-section" aria-label={title}>
      <h2>
        {title} <span className="muted">{count}</span>
      </h2>
      {count === 0 ? <p className="muted">{t('care.nothing')}</p> : <ul className="care-list">{children}</ul>}
    </section>
  );
}

/** The morning list: who to greet, call back, keep a promise to, or win back today. */
export function TodayPage({ day }: { day?: string }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const locale = useLocale();
  const [data, setData] = useState<Today | null>(null);
  // Without a day in the address, the server answers for the book's today (its time zone, its clock).
  const fetchToday = useCallback(() => call(api.today(day === undefined ? {} : { day })), [api, call, day]);
  useEffect(() => {
    let live = true;
    void fetchToday().then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [fetchToday]);

  async function done(customerId: string, action: CareAction, text: string) {
    const result = await call(api['care.done']({ customerId, entryId: action.entryId, what: action.what, text }));
    if (result === null) return;
    say(t('care.doneSaved'));
    const value = await fetchToday();
    if (value !== null) setData(value);
  }

  async function backup() {
    const result = await call(api['backup.now']({}));
    if (result === null) return;
    say(t('care.backupDone', { file: result.file }));
    const value = await fetchToday();
    if (value !== null) setData(value);
  }

  // What every item shares: who it is about, when they were last contacted, and how "done" is written.
  const about = (item: { customerId: string; customerName: string; displayAddressAs: string; lastContactAt: string | null }) => ({
    customerId: item.customerId,
    name: item.displayAddressAs || item.customerName,
    lastContactAt: item.lastContactAt,
    onDone: (action: CareAction, text: string) => void done(item.customerId, action, text),
    book: { today: data?.today ?? '', timeZone: data?.timeZone ?? 'UTC' },
  });

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  const overdue = (days: number) => (days <= 0 ? t('care.dueToday') : t('care.overdue', { count: days }));
  return (
    <div className="page page-pad today">
      <header className="page-header">
        <h1>{t('care.todayTitle', { date: dayLabel(data.day, locale) })}</h1>
        <span className="muted">{t('care.hint')}</span>
      </header>
      <UndoRestoreLine />
      {data.backgroundFailure !== null && <BackgroundFailureLine failure={data.backgroundFailure} />}
      <BackupLine lastAt={data.backup.lastAt} book={{ today: data.today, timeZone: data.timeZone }} onBackup={() => void backup()} />
      <div className="care-grid">
        <Section title={t('care.dates')} count={data.dates.length}>
          {data.dates.map((item) => {
            const d = describeDate(item.date, t, locale);
            return (
              <CareItem
                key={item.date.id}
                {...about(item)}
                detail={
                  <>
                    <strong>{d.who !== null ? `${d.who} · ${d.what}` : d.what}</strong> {d.rule} → {d.on} · {d.when}
                    {d.years !== null && ` · ${d.years}`}
                  </>
                }
                actions={[
                  {
                    label: t('care.greeted'),
                    what: 'greeted',
                    entryId: null,
                    defaultText: t('care.defaultGreeting', { what: d.who !== null ? `${d.who}${d.what}` : d.what }),
                  },
                ]}
              />
            );
          })}
        </Section>
        <Section title={t('care.followUps')} count={data.followUps.length}>
          {data.followUps.map((item) => (
            <CareItem
              key={item.entryId}
              {...about(item)}
              detail={
                <>
                  <span className="chip">{t(`kinds.${item.kind}`, { defaultValue: item.kind })}</span> {item.text} ·{' '}
                  <em>{overdue(item.overdueDays)}</em>
                </>
              }
              actions={[
                {
                  label: t('care.done'),
                  what: 'followUp',
                  entryId: item.entryId,
                  defaultText: t('care.defaultFollowUp', { text: item.text }),
                },
              ]}
            />
          ))}
        </Section>
        <Section title={t('care.promises')} count={data.promises.length}>
          {data.promises.map((item) => (
            <CareItem
              key={item.entryId}
              {...about(item)}
              detail={
                <>
                  {item.text} · <em>{overdue(item.overdueDays)}</em>
                </>
              }
              actions={[
                {
                  label: t('care.kept'),
                  what: 'promiseKept',
                  entryId: item.entryId,
                  defaultText: t('care.defaultPromiseKept', { text: item.text }),
                },
                { label: t('care.broken'), what: 'promiseBroken', entryId: item.entryId, defaultText: item.text },
              ]}
            />
          ))}
        </Section>
        <Section title={t('care.complaintCalls')} count={data.complaintCalls.length}>
          {data.complaintCalls.map((item) => (
            <CareItem
              key={item.entryId}
              {...about(item)}
              detail={
                <>
                  {item.text} · {t('care.resolvedOn', { date: dayLabel(item.resolvedOn, locale) })}
                </>
              }
              actions={[
                {
                  label: t('care.done'),
                  what: 'complaintCall',
                  entryId: item.entryId,
                  defaultText: t('care.defaultComplaintCall', { text: item.text }),
                },
              ]}
            />
          ))}
        </Section>
        <Section title={t('care.openComplaints')} count={data.openComplaints.length}>
          {data.openComplaints.map((item) => (
            <CareItem key={item.entryId} {...about(item)} detail={item.text} actions={[]} />
          ))}
        </Section>
        <Section title={t('care.drifting')} count={data.drifting.length}>
          {data.drifting.map((item) => (
            <CareItem
              key={item.customerId}
              {...about(item)}
              detail={t('care.awayFor', { days: item.daysAway, gap: Math.round(item.usualGapDays), visits: item.visitCount })}
              actions={[]}
            />
          ))}
        </Section>
      </div>
    </div>
  );
}
