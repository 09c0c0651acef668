import { useState, type FormEvent } from 'react';
import { useApi } from '../../api';
import { useFormCall } from '../../app/use-form-call';

export const dateKinds = ['birthday', 'anniversary', 'custom'] as const;
export type DateKind = (typeof dateKinds)[number];

// The fields a refusal of dates.set is shown beside, in the order the form shows them.
export const dateFields = ['label', 'year', 'month', 'day', 'leapMonth'] as const;

/** The new date as typed; after a save the label and year clear, the rest stays for the next one. */
export function useAddDate(customerId: string, onChanged: () => void) {
  const api = useApi();
  const { problems, run } = useFormCall(dateFields);
  const [kind, setKind] = useState<DateKind>('birthday');
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

  return {
    problems,
    add,
    fields: { kind, label, calendar, year, month, day, leap, personId },
    set: { setKind, setLabel, setCalendar, setYear, setMonth, setDay, setLeap, setPersonId },
  };
}

export type AddDate = ReturnType<typeof useAddDate>;
