import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import type { NewCustomerSeed } from '../lookup/LookupBox';
import { AppDialog, DialogClose } from '../../components/AppDialog';

interface Props {
  open: boolean;
  seed: NewCustomerSeed;
  onOpenChange(open: boolean): void;
  onCreated(customer: Customer): void;
}

/** A new face: a name or a phone is enough; everything else can be filled in later. */
export function QuickAddDialog({ open, seed, onOpenChange, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('quickAdd.title')}>
      <p className="muted">{t('quickAdd.hint')}</p>
      {/* Mounted only while open, so each opening starts from the seed. */}
      <QuickAddForm seed={seed} onCreated={onCreated} />
    </AppDialog>
  );
}

function QuickAddForm({ seed, onCreated }: Pick<Props, 'seed' | 'onCreated'>) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [name, setName] = useState(seed.name);
  const [phone, setPhone] = useState(seed.phone);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '' && phone.trim() === '') {
      setProblem(t('quickAdd.needOne'));
      return;
    }
    setBusy(true);
    const created = await call(
      api['customers.create']({ name: name.trim(), phones: phone.trim() === '' ? [] : [{ number: phone.trim() }] }),
    );
    setBusy(false);
    if (created !== null) onCreated(created);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid">
      <label>
        <span>{t('quickAdd.name')}</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </label>
      <label>
        <span>{t('quickAdd.phone')}</span>
        <input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" maxLength={40} />
      </label>
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <DialogClose asChild>
          <button type="button" className="button-quiet">
            {t('quickAdd.cancel')}
          </button>
        </DialogClose>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('quickAdd.save')}
        </button>
      </div>
    </form>
  );
}
