import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { protectionStatusSchema, type ProtectionStatus } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem } from '../../components/FieldProblem';
import { ChangePasscodeDialog } from '../protection/ChangePasscodeDialog';
import { DisableProtectionDialog } from '../protection/DisableProtectionDialog';
import { EnableProtectionDialog } from '../protection/EnableProtectionDialog';
import { NewRecoveryCodeDialog } from '../protection/NewRecoveryCodeDialog';
import { useProtection } from '../protection/protection-context';
import { isCodeUnconfirmed } from '../protection/recovery-code';

type Open = 'enable' | 'change' | 'code' | 'disable' | null;

const idleLimits = {
  min: protectionStatusSchema.shape.idleMinutes.minValue ?? 0,
  max: protectionStatusSchema.shape.idleMinutes.maxValue ?? 240,
};

/** Settings → "Protect this book with a passcode": turn it on, and once on, everything about it. */
export function ProtectionSection() {
  const { t } = useTranslation();
  const { status, lockNow } = useProtection();
  const [open, setOpen] = useState<Open>(null);
  const dialog = (which: Exclude<Open, null>) => ({ open: open === which, onOpenChange: (o: boolean) => setOpen(o ? which : null) });
  // A book server without protection (or not answering) offers nothing to turn on.
  if (status === null) return null;
  return (
    <section className="restore protection" aria-labelledby="protection-title">
      <h3 id="protection-title">{t('protection.sectionTitle')}</h3>
      {!status.protected ? (
        <>
          <p className="muted">{t('protection.offIntro')}</p>
          <button type="button" className="button-quiet" onClick={() => setOpen('enable')}>
            {t('protection.turnOn')}
          </button>
        </>
      ) : (
        <>
          <p>{t('protection.onIntro')}</p>
          {isCodeUnconfirmed() && open === null && (
            <p className="protection-warning" role="alert">
              {t('protection.unconfirmed')}{' '}
              <button type="button" className="link-button" onClick={() => setOpen('code')}>
                {t('protection.newRecoveryCode')}
              </button>
            </p>
          )}
          <p className="chips">
            <button type="button" className="button-quiet" onClick={lockNow} title="Ctrl+L">
              {t('protection.lockNow')} <kbd>Ctrl+L</kbd>
            </button>
            <button type="button" className="button-quiet" onClick={() => setOpen('change')}>
              {t('protection.changePasscode')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setOpen('code')}>
              {t('protection.newRecoveryCode')}
            </button>
            <button type="button" className="button-quiet danger" onClick={() => setOpen('disable')}>
              {t('protection.turnOff')}
            </button>
          </p>
          <LockOptions status={status} />
        </>
      )}
      <EnableProtectionDialog {...dialog('enable')} />
      <ChangePasscodeDialog {...dialog('change')} />
      <NewRecoveryCodeDialog {...dialog('code')} />
      <DisableProtectionDialog {...dialog('disable')} />
    </section>
  );
}

const fields = ['idleMinutes', 'autoUnlock'] as const;

/** How the book locks itself: idle minutes (0 never) and, where this computer has a real keyring, unlocking here automatically. */
function LockOptions({ status }: { status: ProtectionStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { update } = useProtection();
  const { run, problems } = useFormCall(fields);
  const [minutes, setMinutes] = useState(String(status.idleMinutes));

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await run(api['protection.setOptions']({ idleMinutes: Number(minutes) }));
    if (saved === null) return;
    update(saved);
    say(saved.idleMinutes === 0 ? t('protection.neverIdle') : t('protection.idleSaved', { count: saved.idleMinutes }));
  }

  async function setAutoUnlock(autoUnlock: boolean) {
    const saved = await run(api['protection.setOptions']({ autoUnlock }));
    if (saved === null) return;
    update(saved);
    say(saved.autoUnlock ? t('protection.autoUnlockOn') : t('protection.autoUnlockOff'));
  }

  return (
    <form className="protection-options" onSubmit={(e) => void save(e)} noValidate>
      <div className="field">
        <label>
          <span>{t('protection.idleMinutes')}</span>
          <input
            type="number"
            min={idleLimits.min}
            max={idleLimits.max}
            step={1}
            value={minutes}
            aria-invalid={problems.idleMinutes !== undefined}
            aria-describedby="protection-idle-range protection-idle-problem"
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <small id="protection-idle-range" className="muted">
          {t('protection.idleRange', idleLimits)}
        </small>
        <FieldProblem id="protection-idle-problem" text={problems.idleMinutes} />
      </div>
      <button type="submit" className="button-quiet">
        {t('protection.saveIdle')}
      </button>
      {status.keyringAvailable && (
        <label className="check-line">
          <input type="checkbox" checked={status.autoUnlock} onChange={(e) => void setAutoUnlock(e.target.checked)} />
          <span>
            {t('protection.autoUnlock')}
            <small className="muted block">{t('protection.autoUnlockHint')}</small>
          </span>
        </label>
      )}
    </form>
  );
}
