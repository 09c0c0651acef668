import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useFormCall } from '../../app/use-form-call';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { useProtection } from './protection-context';
import { markCodeUnconfirmed } from './recovery-code';
import { RecoveryCodeView } from './RecoveryCodeView';
import { SecretField } from './SecretField';
import { useCodeAcknowledgement } from './use-code-acknowledgement';

const fields = ['secret'] as const;

/** A new recovery code (the old one stops working), shown once like the first, with "written down" required. */
export function NewRecoveryCodeDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { update } = useProtection();
  const { run, problems: refused } = useFormCall(fields);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const ack = useCodeAcknowledgement(code !== null, () => {
    setCode(null);
    setSecret('');
    onOpenChange(false);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(secret === '');
    if (secret === '' || busy) return;
    setBusy(true);
    const made = await run(api['protection.newRecoveryCode']({ secret }));
    setBusy(false);
    if (made === null) return;
    markCodeUnconfirmed(true);
    setCode(made.recoveryCode);
    update(made.status);
  }

  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : code === null ? onOpenChange(false) : ack.tryClose())}
      title={code === null ? t('protection.newCodeTitle') : t('protection.codeTitle')}
    >
      {code === null ? (
        <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('protection.newCodeIntro')}</p>
          <SecretField
            value={secret}
            problem={missing ? t('serverMessages.passcodeNeeded') : refused.secret}
            disabled={busy}
            onChange={setSecret}
          />
          <div className="dialog-actions">
            <DialogClose className="button-quiet">{t('protection.cancel')}</DialogClose>
            <button type="submit" className="button-primary" disabled={busy}>
              {t('protection.makeCode')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <RecoveryCodeView code={code} writtenDown={ack.writtenDown} onWrittenDown={ack.setWrittenDown} problem={ack.problem} />
          <div className="dialog-actions">
            <button type="button" className="button-primary" onClick={ack.tryClose}>
              {t('protection.done')}
            </button>
          </div>
        </>
      )}
    </AppDialog>
  );
}
