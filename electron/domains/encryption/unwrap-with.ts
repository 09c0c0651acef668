import { unwrapKey } from './key-wrap';
import { wrapLabel, type KeysFile } from './keys-file';
import { normalizeRecoveryCode } from './recovery-code';

/** Tries the secret as the passcode and as the recovery code (a recovery code's shape goes first); null when it is neither. */
export async function unwrapWith(keys: KeysFile, secret: string): Promise<Buffer | null> {
  const code = normalizeRecoveryCode(secret);
  const asPasscode = () => unwrapKey(keys.passcode, secret, wrapLabel(keys.bookId, 'passcode'));
  const asCode = () => (code === null ? Promise.resolve(null) : unwrapKey(keys.recovery, code, wrapLabel(keys.bookId, 'recovery')));
  const [first, second] = code === null ? [asPasscode, asCode] : [asCode, asPasscode];
  return (await first()) ?? (await second());
}
