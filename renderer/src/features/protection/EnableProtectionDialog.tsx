import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { checkNewPasscode, type NewPasscodeProblems } from './new-passcode';
import { PasscodeFields } from './PasscodeFields';
import { useProtection } from './protection-context';
import { markCodeUnconfirmed } from './recovery-code';
import { RecoveryCodeView } from './RecoveryCodeView';
import { useCodeAcknowledgement } from './use-code-acknowledgement';

const fields = ['passcode'] as const;

/**
 * Turning protection on, in the order that cannot lose a book: first what it means and "I
 * understand", the passcode twice; then the book is encrypted and answers its recovery code, which
 * is shown once and cannot be closed until "I have written it down" is ticked.
 */
export function EnableProtectionDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const [code, setCode] = useState<string | null>(null);
  const ack = useCodeAcknowledgement(code !== null, () => {
    setCode(null);
    onOpenChange(false);
    say(t('protection.enabled'));
  });
  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : code === null ? onOpenChange(false) : ack.tryClose())}
      title={code === null ? t('protection.enableTitle') : t('protection.codeTitle')}
    >
      {code === null ? (
        <AskPasscode onEnabled={setCode} />
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

function AskPasscode({ onEnabled }: { onEnabled(code: string): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { update } = useProtection();
  const { run, problems: refused } = useFormCall(fields);
  const [form, setForm] = useState({ passcode: '', again: '' });
  const [understood, setUnderstood] = useState(false);
  const [problems, setProblems] = useState<NewPasscodeProblems & { understood?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = {
      ...checkNewPasscode(t, form.passcode, form.again),
      ...(understood ? {} : { understood: t('protection.needUnderstand') }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const enabled = await run(api['protection.enable']({ passcode: form.passcode, understood: true }));
    setBusy(false);
    if (enabled === null) return;
    // Until "written down" is ticked the code counts as unconfirmed, even if the app is closed now.
    markCodeUnconfirmed(true);
    onEnabled(enabled.recoveryCode);
    update(enabled.status);
  }

  return (
    <form className="protection-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('protection.enableWhat')}</p>
      <p className="protection-warning">{t('protection.enableWarning')}</p>
      <PasscodeFields
        passcode={form.passcode}
        again={form.again}
        problems={{ ...problems, ...(refused.passcode === undefined ? {} : { passcode: refused.passcode }) }}
        disabled={busy}
        onChange={setForm}
      />
      <label className="check-line">
        <input type="checkbox" checked={understood} disabled={busy} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>{t('protection.understand')}</span>
      </label>
      {problems.understood !== undefined && (
        <p className="form-problem" role="alert">
          {problems.understood}
        </p>
      )}
      {busy && <p aria-live="polite">{t('protection.enabling')}</p>}
      <div className="dialog-actions">
        <DialogClose className="button-quiet" disabled={busy}>
          {t('protection.cancel')}
        </DialogClose>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('protection.enable')}
        </button>
      </div>
    </form>
  );
}
