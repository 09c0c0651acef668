import { useTranslation } from 'react-i18next';
import type { ImportantDate, KeyPerson } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { AddDateForm } from './AddDateForm';
import { DatesList } from './DatesList';

interface Props {
  customerId: string;
  dates: ImportantDate[];
  people: KeyPerson[];
  onChanged(): void;
}

/** Birthdays and anniversaries, theirs and their people's, solar or lunar, with or without a year. */
export function DatesPanel({ customerId, dates, people, onChanged }: Props) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();

  async function remove(id: string) {
    if ((await call(api['dates.remove']({ id }))) !== null) onChanged();
  }

  return (
    <section className="panel" aria-labelledby="dates-title">
      <h2 id="dates-title">{t('datesPanel.title')}</h2>
      {dates.length === 0 && <p className="muted">{t('datesPanel.none')}</p>}
      <DatesList dates={dates} onRemove={(id) => void remove(id)} />
      <AddDateForm customerId={customerId} people={people} onChanged={onChanged} />
    </section>
  );
}
