import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useFormCall } from '../../app/use-form-call';
import type { BookMatch } from '../duplicates/SameCustomerNotice';
import type { NewCustomerSeed } from '../lookup/LookupBox';

// The fields a refusal of customers.create is shown beside.
const fields = ['name', 'phones'] as const;

/**
 * Quick-add's name and phone, what is wrong with them, and its submit: someone in the book this may
 * already be is asked about before adding, so a regular is not written down twice.
 */
export function useQuickAdd(seed: NewCustomerSeed, onCreated: (customer: Customer) => void) {
  const api = useApi();
  const { problems, run: call } = useFormCall(fields);
  const { t } = useTranslation();
  const [name, setName] = useState(seed.name);
  const [phone, setPhone] = useState(seed.phone);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [match, setMatch] = useState<BookMatch | null>(null);

  const draft = () => ({ name: name.trim(), phones: phone.trim() === '' ? [] : [{ number: phone.trim() }] });

  async function add(allowDuplicate: boolean) {
    setBusy(true);
    const created = await call(api['customers.create']({ ...draft(), allowDuplicate }));
    setBusy(false);
    if (created !== null) onCreated(created);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '' && phone.trim() === '') {
      setProblem(t('quickAdd.needOne'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const found = await call(api['customers.matches']({ name: name.trim(), phones: draft().phones.map((p) => p.number) }));
    setBusy(false);
    if (found === null) return;
    if (found.match !== null) {
      setMatch(found.match);
      return;
    }
    await add(false);
  }

  function edit(set: (value: string) => void, value: string) {
    set(value);
    setMatch(null);
  }

  return {
    name,
    phone,
    editName: (value: string) => edit(setName, value),
    editPhone: (value: string) => edit(setPhone, value),
    problems,
    problem,
    busy,
    match,
    add,
    submit,
  };
}
