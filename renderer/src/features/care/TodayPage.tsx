import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Occasion } from '../../../../shared/contract/greetings.contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { GreetingsDialog } from '../../app/dialogs';
import { OccasionsSection } from '../greetings/OccasionsSection';
import type { Audience } from '../greetings/GreetingsDialog';
import { UndoRestoreLine } from '../settings/UndoRestoreLine';
import { CardRemindersSection } from './CardRemindersSection';
import { DoneToday } from './DoneToday';
import { DriftingSection } from './DriftingSection';
import { ComplaintSections, DatesSection, DueSections } from './DueSections';
import { BackgroundFailureLine, BackupLine } from './TodayLines';
import { useToday } from './use-today';

/** A festival is greeted for every customer in the book (not archived), the most recently seen first. */
const festivalAudience: Audience = { filter: {} };

export { BackgroundFailureLine } from './TodayLines';

/** The morning list: who to greet, call back, keep a promise to, or win back today; done items leave it. */
export function TodayPage({ day }: { day?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, page, refresh, backup, about } = useToday(day);
  const [greeting, setGreeting] = useState<{ occasion: Occasion; audience: Audience } | null>(null);

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  const lists = [data.dates, data.followUps, data.promises, data.complaintCalls, data.openComplaints, data.drifting, data.cards];
  const empty = lists.every((list) => list.length === 0);
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
        <DatesSection
          data={data}
          about={about}
          onGreet={(occasion, customerId) => setGreeting({ occasion, audience: { customerIds: [customerId] } })}
        />
        <DueSections data={data} about={about} />
        <ComplaintSections data={data} about={about} />
        <DriftingSection data={data} about={about} />
        <CardRemindersSection data={data} about={about} />
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
