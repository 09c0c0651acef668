import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxNameLength, type Customer } from '../../../../shared/contract';
import { LengthNote, nameAttributes } from '../../components/LengthNote';
import { useApi } from '../../api';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import type { NewCustomerSeed } from '../lookup/LookupBox';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { SameCustomerNotice, type BookMatch } from '../duplicates/SameCustomerNotice';

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

// The fields a refusal of customers.create is shown beside.
const fields = ['name', 'phones'] as const;

function QuickAddForm({ seed, onCreated, onOpenExisting }: Pick<Props, 'seed' | 'onCreated' | 'onOpenExisting'>) {
  const api = useApi();
  const { problems, run: call } = useFormCall(fields);
  const problemId = useId();
  const { t } = useTranslation();
  const [name, setName] = useState(seed.name);
  const [phone, setPhone] = useState(seed.phone);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Someone in the book this may already be: asked before adding, so a regular is not written down twice.
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

  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid">
      <div className="field">
        <label>
          <span>{t('quickAdd.name')}</span>
          <input
            autoFocus
            value={name}
            onChange={(e) => edit(setName, e.target.value)}
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
            onChange={(e) => edit(setPhone, e.target.value)}
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
