import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { maxNameLength, type Customer } from '../../../../shared/contract';
import { LengthNote, nameAttributes } from '../../components/LengthNote';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import type { NewCustomerSeed } from '../lookup/LookupBox';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { SameCustomerNotice } from '../duplicates/SameCustomerNotice';
import { useQuickAdd } from './use-quick-add';

interface Props {
  open: boolean;
  seed: NewCustomerSeed;
  onOpenChange(open: boolean): void;
  onCreated(customer: Customer): void;
  /** The person is already in the book and the owner chose to open them instead. */
  onOpenExisting(customerId: string): void;
}

/** A new face: a name or a phone is enough; everything else can be filled in later. */
export function QuickAddDialog({ open, seed, onOpenChange, onCreated, onOpenExisting }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('quickAdd.title')}>
      <p className="muted">{t('quickAdd.hint')}</p>
      {/* Mounted only while open, so each opening starts from the seed. */}
      <QuickAddForm seed={seed} onCreated={onCreated} onOpenExisting={onOpenExisting} />
    </AppDialog>
  );
}

function QuickAddForm({ seed, onCreated, onOpenExisting }: Pick<Props, 'seed' | 'onCreated' | 'onOpenExisting'>) {
  const problemId = useId();
  const { t } = useTranslation();
  const { name, phone, editName, editPhone, problems, problem, busy, match, add, submit } = useQuickAdd(seed, onCreated);

  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid">
      <div className="field">
        <label>
          <span>{t('quickAdd.name')}</span>
          <input
            autoFocus
            value={name}
            onChange={(e) => editName(e.target.value)}
            {...nameAttributes(`${problemId}-name`, problems.name, name.length)}
          />
        </label>
        <FieldProblem id={`${problemId}-name`} text={problems.name} />
        <LengthNote id={`${problemId}-name-length`} length={name.length} max={maxNameLength} />
      </div>
      <div className="field">
        <label>
          <span>{t('quickAdd.phone')}</span>
          <input
            value={phone}
            onChange={(e) => editPhone(e.target.value)}
            inputMode="tel"
            maxLength={40}
            {...problemAttributes(`${problemId}-phone`, problems.phones)}
          />
        </label>
        <FieldProblem id={`${problemId}-phone`} text={problems.phones} />
      </div>
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {match !== null && <SameCustomerNotice match={match} action="add" onOpen={onOpenExisting} onAnyway={() => void add(true)} />}
      <div className="dialog-actions">
        <DialogClose asChild>
          <button type="button" className="button-quiet">
            {t('quickAdd.cancel')}
          </button>
        </DialogClose>
        <button type="submit" className={match === null ? 'button-primary' : 'button-quiet'} disabled={busy || match !== null}>
          {t('quickAdd.save')}
        </button>
      </div>
    </form>
  );
}
