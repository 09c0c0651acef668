import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import type { Occasion } from '../../../../shared/contract/greetings.contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { CareItem } from './CareItem';
import { CareSection, snoozeDays } from './CareSection';
import { describeDate } from './describe-date';
import type { AboutItem } from './use-today';

interface Props {
  data: Today;
  about: AboutItem;
}

/** Dates coming up, each with its greeting to write and its "greeted" to mark. */
export function DatesSection({ data, about, onGreet }: Props & { onGreet(occasion: Occasion, customerId: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CareSection title={t('care.dates')} count={data.dates.length}>
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
                onClick={() => onGreet({ kind: 'date', dateId: item.date.id }, item.customerId)}
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
    </CareSection>
  );
}

/** Follow-ups and promises that are due, with how late they are. */
export function DueSections({ data, about }: Props) {
  const { t } = useTranslation();
  const overdue = (days: number) => (days <= 0 ? t('care.dueToday') : t('care.overdue', { count: days }));
  return (
    <>
      <CareSection title={t('care.followUps')} count={data.followUps.length}>
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
      </CareSection>
      <CareSection title={t('care.promises')} count={data.promises.length}>
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
      </CareSection>
    </>
  );
}

/** Complaints: the call back after one was resolved, and those still open. */
export function ComplaintSections({ data, about }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <CareSection title={t('care.complaintCalls')} count={data.complaintCalls.length}>
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
      </CareSection>
      <OpenComplaints data={data} about={about} />
    </>
  );
}

function OpenComplaints({ data, about }: Props) {
  const { t } = useTranslation();
  const days = snoozeDays.complaint;
  return (
    <CareSection title={t('care.openComplaints')} count={data.openComplaints.length}>
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
            { kind: 'snooze', label: t('care.snooze', { count: days }), what: 'snoozed', entryId: item.entryId, days },
          ]}
        />
      ))}
    </CareSection>
  );
}
