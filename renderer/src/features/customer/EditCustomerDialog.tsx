import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';
import { navigate } from '../../app/use-route';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { SameCustomerNotice } from '../duplicates/SameCustomerNotice';
import { CustomerContactFields } from './CustomerContactFields';
import { CustomerNameFields } from './CustomerNameFields';
import { CustomerPicker } from './CustomerPicker';
import { TheirData } from './TheirData';
import { ResponsibleField } from '../team/ResponsibleField';
import { useEditCustomer } from './use-edit-customer';

interface Props {
  customer: Customer;
  open: boolean;
  onOpenChange(open: boolean): void;
  onSaved(customer: Customer): void;
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

/** The form itself, whose state lives in useEditCustomer. */
function EditCustomerForm({ customer, onSaved }: Pick<Props, 'customer' | 'onSaved'>) {
  const problemId = useId();
  const { t } = useTranslation();
  const { form, set, problems, match, save, submit, toggleArchive } = useEditCustomer(customer, onSaved);
  const fieldProps = { form, set, problems, problemId };
  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid form-grid-2" noValidate>
      <CustomerNameFields {...fieldProps} />
      <CustomerContactFields {...fieldProps} />
      <div className="span-2 form-row">
        <span className="muted">{t('referrals.referredBy')}</span>
        <CustomerPicker
          customerId={customer.id}
          label={t('referrals.referredBy')}
          value={form.referredBy}
          onChange={(v) => set('referredBy', v)}
        />
      </div>
      <ResponsibleField value={form.responsible} onChange={(v) => set('responsible', v)} />
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
