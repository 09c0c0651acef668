import { useTranslation } from 'react-i18next';
import { problemAttributes } from '../../components/FieldProblem';
import type { AddDate } from './use-add-date';

/** Year (optional), month and day, each tied to its own problem line. */
export function DateNumberFields({ date, problemId }: { date: AddDate; problemId: string }) {
  const { t } = useTranslation();
  const { fields, set, problems } = date;
  return (
    <>
      <input
        aria-label={t('datesPanel.year')}
        // The short word fits the field; the whole label ("optional") is its name and its tooltip.
        placeholder={t('datesPanel.yearShort')}
        title={t('datesPanel.year')}
        inputMode="numeric"
        value={fields.year}
        onChange={(e) => set.setYear(e.target.value)}
        {...problemAttributes(`${problemId}-year`, problems.year)}
      />
      <input
        aria-label={t('datesPanel.month')}
        placeholder={t('datesPanel.month')}
        inputMode="numeric"
        value={fields.month}
        onChange={(e) => set.setMonth(e.target.value)}
        {...problemAttributes(`${problemId}-month`, problems.month)}
      />
      <input
        aria-label={t('datesPanel.day')}
        placeholder={t('datesPanel.day')}
        inputMode="numeric"
        value={fields.day}
        onChange={(e) => set.setDay(e.target.value)}
        {...problemAttributes(`${problemId}-day`, problems.day)}
      />
    </>
  );
}
