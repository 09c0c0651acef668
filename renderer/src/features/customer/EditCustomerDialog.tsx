import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxNameLength, type Customer } from '../../../../shared/contract';
import { LengthNote, nameAttributes } from '../../components/LengthNote';
import { suggestAddressAs, type Gender } from '../../../../shared/domain/salutation';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import { CustomerPicker } from './CustomerPicker';
import { TheirData } from './TheirData';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { normalizePhone } from '../../../../shared/domain/phone';
import { navigate } from '../../app/use-route';
import { SameCustomerNotice, type BookMatch } from '../duplicates/SameCustomerNotice';

interface Props {
  customer: Customer;
  open: boolean;
  onOpenChange(open: boolean): void;
  onSaved(customer: Customer): void;
}

interface Form {
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
}

function toForm(c: Customer): Form {
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
  };
}

/** The basic facts, all optional but one: filled in whenever there is time. */
export function EditCustomerDialog({ customer, open, onOpenChange, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('details.title')} wide>
      {/* Mounted only while open, so each opening starts from the saved customer. */}
      <EditCustomerForm customer={customer} onSaved={onSaved} />
    </AppDialog>
  );
}

// The fields a refusal of customers.update is shown beside; the others' go to the status line.
const fields = ['name', 'phones', 'email', 'tags'] as const;

function EditCustomerForm({ customer, onSaved }: Pick<Props, 'customer' | 'onSaved'>) {
  const api = useApi();
  const call = useCall();
  const { problems, run } = useFormCall(fields);
  const problemId = useId();
  const { say } = useStatus();
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, setForm] = useState<Form>(() => toForm(customer));

  function set<K extends keyof Form>(key: K, value: Form[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    setMatch(null);
  }

  // A phone or email another customer already has: asked before saving, the choice is the owner's.
  const [match, setMatch] = useState<BookMatch | null>(null);

  function patch() {
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
    };
  }

  async function save() {
    const saved = await run(api['customers.update']({ id: customer.id, patch: patch() }));
    if (saved === null) return;
    say(t('details.saved'));
    onSaved(saved);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only what is new here is checked: numbers and an email this customer did not have before.
    const had = new Set(customer.phones.map((p) => p.digits));
    const phones = patch()
      .phones.map((p) => p.number)
      .filter((n) => !had.has(normalizePhone(n)));
    const email = form.email.trim();
    const newEmail = email !== '' && email.toLowerCase() !== (customer.email ?? '').toLowerCase() ? email : null;
    if (phones.length > 0 || newEmail !== null) {
      const found = await run(api['customers.matches']({ name: form.name.trim(), phones, email: newEmail, excludeId: customer.id }));
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

  const suggestion = suggestAddressAs(form.name, form.gender, locale);
  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid form-grid-2" noValidate>
      <div className="field">
        <label>
          <span>{t('details.name')}</span>
          <input
            autoFocus
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            {...nameAttributes(`${problemId}-name`, problems.name, form.name.length)}
          />
        </label>
        <FieldProblem id={`${problemId}-name`} text={problems.name} />
        <LengthNote id={`${problemId}-name-length`} length={form.name.length} max={maxNameLength} />
      </div>
      <label>
        <span>{t('details.addressAs')}</span>
        <input value={form.addressAs} maxLength={40} placeholder={suggestion} onChange={(e) => set('addressAs', e.target.value)} />
      </label>
      <fieldset className="gender">
        <legend>{t('details.gender')}</legend>
        {([null, 'female', 'male'] as const).map((g) => (
          <label key={g ?? 'unknown'} className="inline">
            <input type="radio" name="gender" checked={form.gender === g} onChange={() => set('gender', g)} />
            {t(`details.${g ?? 'unknown'}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label>
          <span>{t('details.phones')}</span>
          <textarea
            rows={2}
            value={form.phones}
            onChange={(e) => set('phones', e.target.value)}
            {...problemAttributes(`${problemId}-phones`, problems.phones)}
          />
        </label>
        <FieldProblem id={`${problemId}-phones`} text={problems.phones} />
      </div>
      <div className="field">
        <label>
          <span>{t('details.email')}</span>
          <input
            type="email"
            value={form.email}
            onChange={(e) => set('email', e.target.value)}
            {...problemAttributes(`${problemId}-email`, problems.email)}
          />
        </label>
        <FieldProblem id={`${problemId}-email`} text={problems.email} />
      </div>
      <label>
        <span>{t('details.company')}</span>
        <input value={form.company} onChange={(e) => set('company', e.target.value)} />
      </label>
      <label>
        <span>{t('details.jobTitle')}</span>
        <input value={form.title} onChange={(e) => set('title', e.target.value)} />
      </label>
      <div className="field">
        <label>
          <span>{t('details.tags')}</span>
          <input
            value={form.tags}
            onChange={(e) => set('tags', e.target.value)}
            {...problemAttributes(`${problemId}-tags`, problems.tags)}
          />
        </label>
        <FieldProblem id={`${problemId}-tags`} text={problems.tags} />
      </div>
      <div className="span-2 form-row">
        <span className="muted">{t('referrals.referredBy')}</span>
        <CustomerPicker
          customerId={customer.id}
          label={t('referrals.referredBy')}
          value={form.referredBy}
          onChange={(v) => set('referredBy', v)}
        />
      </div>
      <label className="span-2">
        <span>{t('details.address')}</span>
        <input value={form.address} onChange={(e) => set('address', e.target.value)} />
      </label>
      <label className="span-2">
        <span>{t('details.about')}</span>
        <textarea rows={4} value={form.about} onChange={(e) => set('about', e.target.value)} />
      </label>
      <TheirData customer={customer} />
      {match !== null && (
        <SameCustomerNotice match={match} action="save" onOpen={(id) => navigate({ name: 'customer', id })} onAnyway={() => void save()} />
      )}
      <div className="dialog-actions span-2">
        <button type="button" className="button-quiet" onClick={() => void toggleArchive()} title={t('details.archivedNote')}>
          {customer.archivedAt === null ? t('details.archive') : t('details.unarchive')}
        </button>
        <span className="spacer" />
        <DialogClose asChild>
          <button type="button" className="button-quiet">
            {t('details.cancel')}
          </button>
        </DialogClose>
        <button type="submit" className="button-primary">
          {t('details.save')}
        </button>
      </div>
    </form>
  );
}
