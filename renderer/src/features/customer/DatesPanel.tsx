import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportantDate, KeyPerson } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import { describeDate } from '../care/describe-date';

interface Props {
  customerId: string;
  dates: ImportantDate[];
  people: KeyPerson[];
  onChanged(): void;
}

const kinds = ['birthday', 'anniversary', 'custom'] as const;

// The fields a refusal of dates.set is shown beside, in the order the form shows them.
const fields = ['label', 'year', 'month', 'day', 'leapMonth'] as const;

/** Birthdays and anniversaries, theirs and their people's, solar or lunar, with or without a year. */
export function DatesPanel({ customerId, dates, people, onChanged }: Props) {
  const api = useApi();
  const call = useCall();
  const { problems, run } = useFormCall(fields);
  const problemId = useId();
  const { t } = useTranslation();
  const locale = useLocale();
  const [kind, setKind] = useState<(typeof kinds)[number]>('birthday');
  const [label, setLabel] = useState('');
  const [calendar, setCalendar] = useState<'solar' | 'lunar'>('solar');
  const [year, setYear] = useState('');
  const [month, setMonth] = useState('1');
  const [day, setDay] = useState('1');
  const [leap, setLeap] = useState(false);
  const [personId, setPersonId] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      api['dates.set']({
        customerId,
        personId: personId === '' ? null : personId,
        kind,
        label: label.trim() === '' ? null : label.trim(),
        calendar,
        year: year.trim() === '' ? null : Number(year),
        month: Number(month),
        day: Number(day),
        leapMonth: calendar === 'lunar' && leap,
      }),
    );
    if (saved === null) return;
    setLabel('');
    setYear('');
    onChanged();
  }

  async function remove(id: string) {
    if ((await call(api['dates.remove']({ id }))) !== null) onChanged();
  }

  return (
    <section className="panel" aria-labelledby="dates-title">
      <h2 id="dates-title">{t('datesPanel.title')}</h2>
      {dates.length === 0 && <p className="muted">{t('datesPanel.none')}</p>}
      <ul className="panel-list">
        {dates.map((date) => {
          const d = describeDate(date, t, locale);
          const what = d.who !== null ? `${d.who} · ${d.what}` : d.what;
          return (
            <li key={date.id}>
              <span className="grow">
                <strong>{what}</strong> {d.rule}
                <br />
                <span className="muted">
                  → {d.on} · {d.when}
                  {d.years !== null && ` · ${d.years}`}
                </span>
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('datesPanel.remove', { what })}
                onClick={() => void remove(date.id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <form className="small-form" onSubmit={(e) => void add(e)} aria-label={t('datesPanel.add')}>
        <select
          aria-label={t('datesPanel.kind')}
          value={kind}
          onChange={(e) => setKind(kinds.find((k) => k === e.target.value) ?? 'birthday')}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`dateKinds.${k}`)}
            </option>
          ))}
        </select>
        {people.length > 0 && (
          <select aria-label={t('datesPanel.person')} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t('datesPanel.self')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        {kind === 'custom' && (
          <input
            aria-label={t('datesPanel.label')}
            placeholder={t('datesPanel.label')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            {...problemAttributes(`${problemId}-label`, problems.label)}
          />
        )}
        <select
          aria-label={t('datesPanel.calendar')}
          value={calendar}
          onChange={(e) => setCalendar(e.target.value === 'lunar' ? 'lunar' : 'solar')}
        >
          <option value="solar">{t('datesPanel.solar')}</option>
          <option value="lunar">{t('datesPanel.lunar')}</option>
        </select>
        <input
          aria-label={t('datesPanel.year')}
          // The short word fits the field; the whole label ("optional") is its name and its tooltip.
          placeholder={t('datesPanel.yearShort')}
          title={t('datesPanel.year')}
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          {...problemAttributes(`${problemId}-year`, problems.year)}
        />
        <input
          aria-label={t('datesPanel.month')}
          placeholder={t('datesPanel.month')}
          inputMode="numeric"
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          {...problemAttributes(`${problemId}-month`, problems.month)}
        />
        <input
          aria-label={t('datesPanel.day')}
          placeholder={t('datesPanel.day')}
          inputMode="numeric"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          {...problemAttributes(`${problemId}-day`, problems.day)}
        />
        {calendar === 'lunar' && (
          <label className="inline">
            <input type="checkbox" checked={leap} onChange={(e) => setLeap(e.target.checked)} /> {t('datesPanel.leap')}
          </label>
        )}
        <button type="submit" className="button-quiet">
          {t('datesPanel.add')}
        </button>
        {/* Under the row of small fields, each problem says which field it is about. */}
        {fields.map((field) => {
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
    </section>
  );
}
