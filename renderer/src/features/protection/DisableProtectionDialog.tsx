import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { useProtection } from './protection-context';
import { markCodeUnconfirmed } from './recovery-code';
import { SecretField } from './SecretField';

const fields = ['secret'] as const;

/** Protection off: the book is decrypted in place, after the passcode or the recovery code proves the owner. */
export function DisableProtectionDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('protection.offTitle')}>
      <DisableForm onDone={() => onOpenChange(false)} />
    </AppDialog>
  );
}

function DisableForm({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { say } = useStatus();
  const { update } = useProtection();
  const { run, problems: refused } = useFormCall(fields);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(secret === '');
    if (secret === '' || busy) return;
    setBusy(true);
    const status = await run(api['protection.disable']({ secret }));
    setBusy(false);
    if (status === null) return;
    markCodeUnconfirmed(false);
    update(status);
    say(t('protection.turnedOff'));
    onDone();
  }

  return (
    <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="protection-warning">{t('protection.offWarning')}</p>
      <SecretField
        value={secret}
        problem={missing ? t('serverMessages.passcodeNeeded') : refused.secret}
        disabled={busy}
        onChange={setSecret}
      />
      {busy && <p aria-live="polite">{t('protection.decrypting')}</p>}
      <div className="dialog-actions">
        <DialogClose className="button-quiet">{t('protection.cancel')}</DialogClose>
        <button type="submit" className="button-primary danger" disabled={busy}>
          {t('protection.turnOffConfirm')}
        </button>
      </div>
    </form>
  );
}
