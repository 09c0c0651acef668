import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { errorText, refusalText } from '../../app/error-text';
import type { Inspected } from './RestoreConfirm';
import type { Asking } from './ProtectedBackupDialog';

/** A backup being opened: its chosen-file id, and the passcode it opened with, kept for the restore itself. */
export interface Opening {
  chosen: string;
  secret?: string;
}

/**
 * The backup chosen to restore, inspected: shown when it opens, or what it still needs asked for
 * (its key file in browser mode, its passcode), or the refusal said and the restore stopped.
 */
export function useBackupOpening(canUpload: boolean) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const api = useApi();
  const [opening, setOpening] = useState<Opening | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);

  function stop() {
    setOpening(null);
    setAsking(null);
    setInspected(null);
  }

  async function look(next: Opening) {
    setOpening(next);
    const result = await api['backup.inspect'](next.secret === undefined ? { chosen: next.chosen } : next);
    if (result.ok) {
      setAsking(null);
      setInspected(result.value);
      return;
    }
    const { key } = result.error;
    if (key === 'backupKeysMissing' && canUpload) setAsking({ need: 'keys' });
    else if (key === 'backupNeedsSecret') setAsking({ need: 'secret' });
    else if (key === 'passcodeWrong' && next.secret !== undefined) setAsking({ need: 'secret', problem: refusalText(t, result.error) });
    else {
      stop();
      say(errorText(t, result.error), { tone: 'error' });
    }
  }

  return { opening, asking, setAsking, inspected, look, stop };
}
