import type { Customer } from '../../../../shared/contract';
import { normalizePhone } from '../../../../shared/domain/phone';
import type { Gender } from '../../../../shared/domain/salutation';

/** The edit dialog's fields as typed: phones a line each, tags split by any comma. */
export interface CustomerForm {
  name: string;
  addressAs: string;
  gender: Gender | null;
  phones: string;
  email: string;
  address: string;
  company: string;
  title: string;
  about: string;
  tags: string;
  referredBy: { id: string; name: string } | null;
  /** The staff member who looks after them; '' for nobody. */
  responsible: string;
}

// The fields a refusal of customers.update is shown beside; the others' go to the status line.
export const formFields = ['name', 'phones', 'email', 'tags'] as const;

export type FormProblems = Partial<Record<(typeof formFields)[number], string>>;

export function toForm(c: Customer): CustomerForm {
  return {
    name: c.name,
    addressAs: c.addressAs ?? '',
    gender: c.gender,
    phones: c.phones.map((p) => p.number).join('\n'),
    email: c.email ?? '',
    address: c.address ?? '',
    company: c.company ?? '',
    title: c.title ?? '',
    about: c.about ?? '',
    tags: c.tags.join(', '),
    referredBy: c.referredBy,
    responsible: c.responsible ?? '',
  };
}

export function toPatch(form: CustomerForm) {
  return {
    name: form.name,
    addressAs: form.addressAs,
    gender: form.gender,
    phones: form.phones
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((number) => ({ number })),
    email: form.email,
    address: form.address,
    company: form.company,
    title: form.title,
    about: form.about,
    tags: form.tags
      .split(/[,，、]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    referredBy: form.referredBy?.id ?? null,
    responsible: form.responsible === '' ? null : form.responsible,
  };
}

/** Only what is new here is checked: numbers and an email this customer did not have before. */
export function newContacts(customer: Customer, form: CustomerForm): { phones: string[]; email: string | null } {
  const had = new Set(customer.phones.map((p) => p.digits));
  const phones = toPatch(form)
    .phones.map((p) => p.number)
    .filter((n) => !had.has(normalizePhone(n)));
  const email = form.email.trim();
  const newEmail = email !== '' && email.toLowerCase() !== (customer.email ?? '').toLowerCase() ? email : null;
  return { phones, email: newEmail };
}
