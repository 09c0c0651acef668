import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import type { BookMatch } from '../duplicates/SameCustomerNotice';
import { formFields, newContacts, toForm, toPatch, type CustomerForm } from './customer-form';

/** The edit dialog's form, its save (asking first about a phone or email another customer has) and archiving. */
export function useEditCustomer(customer: Customer, onSaved: (customer: Customer) => void) {
  const api = useApi();
  const call = useCall();
  const { problems, run } = useFormCall(formFields);
  const { say } = useStatus();
  const { t } = useTranslation();
  const [form, setForm] = useState<CustomerForm>(() => toForm(customer));

  function set<K extends keyof CustomerForm>(key: K, value: CustomerForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    setMatch(null);
  }

  // A phone or email another customer already has: asked before saving, the choice is the owner's.
  const [match, setMatch] = useState<BookMatch | null>(null);

  async function save() {
    const saved = await run(api['customers.update']({ id: customer.id, patch: toPatch(form) }));
    if (saved === null) return;
    say(t('details.saved'));
    onSaved(saved);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { phones, email } = newContacts(customer, form);
    if (phones.length > 0 || email !== null) {
      const found = await run(api['customers.matches']({ name: form.name.trim(), phones, email, excludeId: customer.id }));
      if (found === null) return;
      if (found.match !== null) {
        setMatch(found.match);
        return;
      }
    }
    await save();
  }

  async function toggleArchive() {
    const saved = await call(api['customers.archive']({ id: customer.id, archived: customer.archivedAt === null }));
    if (saved !== null) onSaved(saved);
  }

  return { form, set, problems, match, save, submit, toggleArchive };
}

export type SetField = ReturnType<typeof useEditCustomer>['set'];
