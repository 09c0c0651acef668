import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { CareItem } from './CareItem';
import { CareSection, snoozeDays } from './CareSection';
import type { AboutItem } from './use-today';

/** Member cards to mention: a punch card ending, one use left, points about to expire. */
export function CardRemindersSection({ data, about }: { data: Today; about: AboutItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CareSection title={t('cardToday.title')} count={data.cards.length}>
      {data.cards.map((item) => {
        const words = { kind: item.punchKind ?? '', count: item.count, date: item.due === null ? '' : dayLabel(item.due, locale) };
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
    </CareSection>
  );
}
