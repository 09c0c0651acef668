import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPerson } from '../../../../shared/contract';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import { DateNumberFields } from './DateNumberFields';
import { dateFields, dateKinds, useAddDate } from './use-add-date';

interface Props {
  customerId: string;
  people: KeyPerson[];
  onChanged(): void;
}

/** One row of small fields: whose date, what kind, which calendar, the day; lunar dates may be a leap month. */
export function AddDateForm({ customerId, people, onChanged }: Props) {
  const { t } = useTranslation();
  const problemId = useId();
  const date = useAddDate(customerId, onChanged);
  const { fields, set, problems } = date;
  return (
    <form className="small-form" onSubmit={(e) => void date.add(e)} aria-label={t('datesPanel.add')}>
      <select
        aria-label={t('datesPanel.kind')}
        value={fields.kind}
        onChange={(e) => set.setKind(dateKinds.find((k) => k === e.target.value) ?? 'birthday')}
      >
        {dateKinds.map((k) => (
          <option key={k} value={k}>
            {t(`dateKinds.${k}`)}
          </option>
        ))}
      </select>
      {people.length > 0 && (
        <select aria-label={t('datesPanel.person')} value={fields.personId} onChange={(e) => set.setPersonId(e.target.value)}>
          <option value="">{t('datesPanel.self')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
      {fields.kind === 'custom' && (
        <input
          aria-label={t('datesPanel.label')}
          placeholder={t('datesPanel.label')}
          value={fields.label}
          onChange={(e) => set.setLabel(e.target.value)}
          {...problemAttributes(`${problemId}-label`, problems.label)}
        />
      )}
      <select
        aria-label={t('datesPanel.calendar')}
        value={fields.calendar}
        onChange={(e) => set.setCalendar(e.target.value === 'lunar' ? 'lunar' : 'solar')}
      >
        <option value="solar">{t('datesPanel.solar')}</option>
        <option value="lunar">{t('datesPanel.lunar')}</option>
      </select>
      <DateNumberFields date={date} problemId={problemId} />
      {fields.calendar === 'lunar' && (
        <label className="inline">
          <input type="checkbox" checked={fields.leap} onChange={(e) => set.setLeap(e.target.checked)} /> {t('datesPanel.leap')}
        </label>
      )}
      <button type="submit" className="button-quiet">
        {t('datesPanel.add')}
      </button>
      {/* Under the row of small fields, each problem says which field it is about. */}
      {dateFields.map((field) => {
        const problem = problems[field];
        return (
          <FieldProblem
            key={field}
            id={`${problemId}-${field}`}
            text={problem === undefined ? undefined : t('errors.issue', { field: t(`fields.${field}`), message: problem })}
          />
        );
      })}
    </form>
  );
}
