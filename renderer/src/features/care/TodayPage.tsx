import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import { useApi } from '../../api';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { CareItem, type CarePerson, type DoneAction, type SnoozeAction } from './CareItem';
import { UndoRestoreLine } from '../settings/UndoRestoreLine';
import { describeDate } from './describe-date';
import { DoneToday } from './DoneToday';
import { BackgroundFailureLine, BackupLine } from './TodayLines';
import { GreetingsDialog } from '../../app/dialogs';
import { OccasionsSection } from '../greetings/OccasionsSection';
import type { Audience } from '../greetings/GreetingsDialog';
import type { Occasion } from '../../../../shared/contract/greetings.contract';

/** A festival is greeted for every customer in the book (not archived), the most recently seen first. */
const festivalAudience: Audience = { filter: {} };

export { BackgroundFailureLine } from './TodayLines';

/** A section with something in it; an empty one folds away so real items stay above the fold. */
function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="care-section" aria-label={title}>
      <h2>
        {title} <span className="muted">{count}</span>
      </h2>
      <ul className="care-list">{children}</ul>
    </section>
  );
}

/** How long "snooze" puts a drifting regular or an open complaint off. */
const snoozeDays = { drift: 14, complaint: 3, card: 7 };

/** The morning list: who to greet, call back, keep a promise to, or win back today; done items leave it. */
export function TodayPage({ day }: { day?: string }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const locale = useLocale();
  const [data, setData] = useState<Today | null>(null);
  const [greeting, setGreeting] = useState<{ occasion: Occasion; audience: Audience } | null>(null);
  const page = useRef<HTMLDivElement>(null);
  /** Which item had the focus when it was dealt with: the one now in its place gets it next. */
  const focusAfter = useRef<number | null>(null);
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

  useEffect(() => {
    const index = focusAfter.current;
    if (index === null || page.current === null) return;
    focusAfter.current = null;
    const items = page.current.querySelectorAll<HTMLElement>('.care-item');
    (items[Math.min(index, items.length - 1)] ?? page.current.querySelector<HTMLElement>('h1'))?.focus();
  }, [data]);

  function rememberFocus(customerId: string) {
    const items = [...(page.current?.querySelectorAll<HTMLElement>('.care-item') ?? [])];
    const active = items.findIndex((item) => item.contains(document.activeElement));
    focusAfter.current =
      active >= 0
        ? active
        : Math.max(
            0,
            items.findIndex((item) => item.dataset.customer === customerId),
          );
  }

  async function refresh() {
    const value = await fetchToday();
    if (value !== null) setData(value);
  }

  async function done(customerId: string, action: DoneAction, text: string) {
    rememberFocus(customerId);
    const result = await call(
      api['care.done']({
        customerId,
        entryId: action.entryId,
        dateId: action.dateId ?? null,
        what: action.what,
        text,
        card: action.card ?? null,
      }),
    );
    if (result === null) return;
    say(t('care.doneSaved'));
    await refresh();
  }

  async function snooze(customerId: string, action: SnoozeAction) {
    rememberFocus(customerId);
    const result = await call(
      api['care.snooze']({ customerId, entryId: action.entryId, what: action.what, days: action.days, card: action.card ?? null }),
    );
    if (result === null) return;
    say(result.until === null ? t('care.notRegularSaved') : t('care.snoozedUntil', { date: dayLabel(result.until, locale) }));
    await refresh();
  }

  async function backup() {
    const result = await call(api['backup.now']({}));
    if (result === null) return;
    say(t('care.backupDone', { file: result.file }));
    await refresh();
  }

  // What every item shares: who it is about, when they were last contacted, and how it is dealt with.
  const about = (item: CarePerson & { lastContactAt: string | null }) => ({
    customerId: item.customerId,
    customerName: item.customerName,
    displayAddressAs: item.displayAddressAs,
    phoneTail: item.phoneTail,
    lastContactAt: item.lastContactAt,
    onDone: (action: DoneAction, text: string) => void done(item.customerId, action, text),
    onSnooze: (action: SnoozeAction) => void snooze(item.customerId, action),
    book: { today: data?.today ?? '', timeZone: data?.timeZone ?? 'UTC' },
  });

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  const overdue = (days: number) => (days <= 0 ? t('care.dueToday') : t('care.overdue', { count: days }));
  const empty =
    data.dates.length +
      data.followUps.length +
      data.promises.length +
      data.complaintCalls.length +
      data.openComplaints.length +
      data.drifting.length +
      data.cards.length ===
    0;
  return (
    <div className="page page-pad today" ref={page}>
      <header className="page-header">
        <h1 tabIndex={-1}>{t('care.todayTitle', { date: dayLabel(data.day, locale) })}</h1>
        <span className="muted">{t('care.hint')}</span>
      </header>
      <UndoRestoreLine />
      {data.backgroundFailure !== null && <BackgroundFailureLine failure={data.backgroundFailure} />}
      <BackupLine lastAt={data.backup.lastAt} book={{ today: data.today, timeZone: data.timeZone }} onBackup={() => void backup()} />
      {empty && <p className="care-clear">{data.doneToday.length > 0 ? t('care.allDone') : t('care.nothingToday')}</p>}
      <div className="care-grid">
        <OccasionsSection onGreet={(occasion) => setGreeting({ occasion, audience: festivalAudience })} />
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
                extra={
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() =>
                      setGreeting({ occasion: { kind: 'date', dateId: item.date.id }, audience: { customerIds: [item.customerId] } })
                    }
                  >
                    {t('greetings.writeOne')}
                  </button>
                }
                actions={[
                  {
                    kind: 'done',
                    label: t('care.greeted'),
                    what: 'greeted',
                    entryId: null,
                    dateId: item.date.id,
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
                  kind: 'done',
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
                  kind: 'done',
                  label: t('care.kept'),
                  what: 'promiseKept',
                  entryId: item.entryId,
                  defaultText: t('care.defaultPromiseKept', { text: item.text }),
                },
                { kind: 'done', label: t('care.broken'), what: 'promiseBroken', entryId: item.entryId, defaultText: item.text },
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
                  kind: 'done',
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
            <CareItem
              key={item.entryId}
              {...about(item)}
              detail={item.text}
              actions={[
                {
                  kind: 'done',
                  label: t('care.called'),
                  what: 'called',
                  entryId: item.entryId,
                  defaultText: t('care.defaultComplaintCalled', { text: item.text }),
                },
                {
                  kind: 'snooze',
                  label: t('care.snooze', { count: snoozeDays.complaint }),
                  what: 'snoozed',
                  entryId: item.entryId,
                  days: snoozeDays.complaint,
                },
              ]}
            />
          ))}
        </Section>
        <Section title={t('care.drifting')} count={data.drifting.length}>
          {data.drifting.map((item) => (
            <CareItem
              key={item.customerId}
              {...about(item)}
              detail={t('care.awayFor', { days: item.daysAway, gap: Math.round(item.usualGapDays), visits: item.visitCount })}
              actions={[
                { kind: 'done', label: t('care.called'), what: 'called', entryId: null, defaultText: t('care.defaultWinBack') },
                {
                  kind: 'snooze',
                  label: t('care.snooze', { count: snoozeDays.drift }),
                  what: 'snoozed',
                  entryId: null,
                  days: snoozeDays.drift,
                },
                { kind: 'snooze', label: t('care.notRegular'), what: 'notRegular', entryId: null, days: null },
              ]}
            />
          ))}
        </Section>
        <Section title={t('cardToday.title')} count={data.cards.length}>
          {data.cards.map((item) => {
            const words = {
              kind: item.punchKind ?? '',
              count: item.count,
              date: item.due === null ? '' : dayLabel(item.due, locale),
            };
            const card = { about: item.about, punchId: item.punchId, due: item.due };
            const key = item.about === 'punchEnding' ? 'PunchEnding' : item.about === 'oneLeft' ? 'OneLeft' : 'PointsExpiring';
            return (
              <CareItem
                key={`${item.about}:${item.punchId ?? item.customerId}`}
                {...about(item)}
                detail={<strong>{t(`cardToday.${item.about}`, words)}</strong>}
                actions={[
                  {
                    kind: 'done',
                    label: t('cardToday.told'),
                    what: 'called',
                    entryId: null,
                    card,
                    defaultText: t(`cardToday.default${key}`, words),
                  },
                  {
                    kind: 'snooze',
                    label: t('care.snooze', { count: snoozeDays.card }),
                    what: 'snoozed',
                    entryId: null,
                    days: snoozeDays.card,
                    card,
                  },
                ]}
              />
            );
          })}
        </Section>
      </div>
      <DoneToday items={data.doneToday} />
      {greeting !== null && (
        <GreetingsDialog
          open
          occasion={greeting.occasion}
          audience={greeting.audience}
          onClose={() => {
            setGreeting(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
