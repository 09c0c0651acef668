import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog, DialogClose } from '../../components/AppDialog';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import { SecretField } from '../protection/SecretField';

export interface Asking {
  /** What the backup still needs before it can be shown: its key file (browser mode), or its passcode. */
  need: 'keys' | 'secret';
  /** Why the last try was refused (a wrong passcode, a file that is not a key file). */
  problem?: string;
}

interface Props {
  asking: Asking;
  busy: boolean;
  onKeys(file: File): void;
  onSecret(secret: string): void;
  onCancel(): void;
}

/**
 * A backup protected by a passcode, from another book or another computer: it opens with the
 * passcode or the recovery code it was made under (never this computer's keyring), and in browser
 * mode its key file has to come along, since only the chosen file was uploaded.
 */
export function ProtectedBackupDialog({ asking, busy, onKeys, onSecret, onCancel }: Props) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const problemId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(secret === '');
    if (secret !== '' && !busy) onSecret(secret);
  }

  return (
    <AppDialog open onOpenChange={(open) => !open && !busy && onCancel()} title={t('restore.protectedTitle')}>
      {asking.need === 'keys' ? (
        <div className="protection-form">
          <p>{t('restore.keysNeeded')}</p>
          <label className="field">
            <span>{t('restore.keysFile')}</span>
            <input
              type="file"
              accept=".json,application/json"
              disabled={busy}
              {...problemAttributes(problemId, asking.problem)}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file !== undefined) onKeys(file);
              }}
            />
            <FieldProblem id={problemId} text={asking.problem} />
          </label>
          <div className="dialog-actions">
            <DialogClose className="button-quiet">{t('restore.cancel')}</DialogClose>
          </div>
        </div>
      ) : (
        <form className="protection-form" onSubmit={submit} noValidate>
          <p>{t('restore.secretNeeded')}</p>
          <SecretField
            label={t('restore.backupSecret')}
            value={secret}
            problem={missing ? t('serverMessages.passcodeNeeded') : asking.problem}
            disabled={busy}
            onChange={setSecret}
          />
          <div className="dialog-actions">
            <DialogClose className="button-quiet">{t('restore.cancel')}</DialogClose>
            <button type="submit" className="button-primary" disabled={busy}>
              {t('restore.openBackup')}
            </button>
          </div>
        </form>
      )}
    </AppDialog>
  );
}
