import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { checkNewPasscode, type NewPasscodeProblems } from './new-passcode';
import { PasscodeFields } from './PasscodeFields';
import { useProtection } from './protection-context';
import { SecretField } from './SecretField';

const fields = ['secret', 'passcode'] as const;

/** A new passcode for the same key: quick, the book is not rewritten and the recovery code stays. */
export function ChangePasscodeDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('protection.changeTitle')}>
      <ChangePasscodeForm onDone={() => onOpenChange(false)} />
    </AppDialog>
  );
}

function ChangePasscodeForm({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { say } = useStatus();
  const { update } = useProtection();
  const { run, problems: refused } = useFormCall(fields);
  const [secret, setSecret] = useState('');
  const [form, setForm] = useState({ passcode: '', again: '' });
  const [problems, setProblems] = useState<NewPasscodeProblems & { secret?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...checkNewPasscode(t, form.passcode, form.again),
      ...(secret === '' ? { secret: t('serverMessages.passcodeNeeded') } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || busy) return;
    setBusy(true);
    const status = await run(api['protection.changePasscode']({ secret, passcode: form.passcode }));
    setBusy(false);
    if (status === null) return;
    update(status);
    say(t('protection.changed'));
    onDone();
  }

  return (
    <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
      <SecretField value={secret} problem={problems.secret ?? refused.secret} disabled={busy} onChange={setSecret} />
      <PasscodeFields
        passcode={form.passcode}
        again={form.again}
        problems={{ ...problems, ...(refused.passcode === undefined ? {} : { passcode: refused.passcode }) }}
        disabled={busy}
        onChange={setForm}
      />
      <p className="muted">{t('protection.changeKeepsCode')}</p>
      <div className="dialog-actions">
        <DialogClose className="button-quiet">{t('protection.cancel')}</DialogClose>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('protection.change')}
        </button>
      </div>
    </form>
  );
}
