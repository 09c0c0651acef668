import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import { CareItem } from './CareItem';
import { CareSection, snoozeDays } from './CareSection';
import type { AboutItem } from './use-today';

/** Regulars who have stayed away longer than their usual gap: call, snooze, or say they were never regulars. */
export function DriftingSection({ data, about }: { data: Today; about: AboutItem }) {
  const { t } = useTranslation();
  return (
    <CareSection title={t('care.drifting')} count={data.drifting.length}>
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
    </CareSection>
  );
}
