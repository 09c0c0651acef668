import { callNames, type CallName, type ProtectionStatus } from '../../shared/contract';
import { fakeClient, type Overrides } from './fake-client';

const refusal = (code: string, key: string) => ({ ok: false, error: { code, message: key, key } });

/**
 * The protection calls as the book answers them, in memory, until the UI tests can run against the
 * real handlers: a passcode and a recovery code, wrong tries counted with a growing wait, and a
 * locked book refusing every other call (with `lockedRefusal`).
 */
export function fakeProtection(start: Partial<ProtectionStatus> & { passcode?: string } = {}) {
  const { passcode: firstPasscode, ...rest } = start;
  let passcode = firstPasscode ?? (rest.protected === true ? 'secret-1' : null);
  let recoveryCode = 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ';
  const status: ProtectionStatus = {
    protected: passcode !== null,
    locked: false,
    idleMinutes: 10,
    keyringAvailable: false,
    autoUnlock: false,
    failedAttempts: 0,
    retryAt: null,
    ...rest,
  };
  const normal = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();
  const opens = (secret: string) => secret === passcode || normal(secret) === normal(recoveryCode);
  const snapshot = (): ProtectionStatus => ({ ...status });
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const input = (raw: unknown): Record<string, unknown> => (typeof raw === 'object' && raw !== null ? { ...raw } : {});
  const proves = (raw: unknown) => {
    const secret = String(input(raw).secret ?? '');
    if (opens(secret)) return true;
    status.failedAttempts += 1;
    return false;
  };
  const overrides: Overrides = {
    'protection.status': () => ok(snapshot()),
    'protection.enable': (raw) => {
      passcode = String(input(raw).passcode);
      Object.assign(status, { protected: true, locked: false, idleMinutes: 10 });
      return ok({ recoveryCode, status: snapshot() });
    },
    'protection.disable': (raw) => {
      if (!proves(raw)) return Promise.resolve(refusal('UNAUTHORIZED', 'wrongPasscode'));
      passcode = null;
      Object.assign(status, { protected: false, locked: false, failedAttempts: 0 });
      return ok(snapshot());
    },
    'protection.changePasscode': (raw) => {
      if (!proves(raw)) return Promise.resolve(refusal('UNAUTHORIZED', 'wrongPasscode'));
      passcode = String(input(raw).passcode);
      return ok(snapshot());
    },
    'protection.newRecoveryCode': (raw) => {
      if (!proves(raw)) return Promise.resolve(refusal('UNAUTHORIZED', 'wrongPasscode'));
      recoveryCode = 'QRST-UVWX-YZ23-4567-89AB-CDEF';
      return ok({ recoveryCode, status: snapshot() });
    },
    'protection.unlock': (raw) => {
      if (status.retryAt !== null && Date.parse(status.retryAt) > Date.now()) return Promise.resolve(refusal('UNAUTHORIZED', 'tooSoon'));
      if (!proves(raw)) {
        // The wait grows with each wrong try: 30 s after the first, doubling.
        status.retryAt = new Date(Date.now() + 30_000 * 2 ** (status.failedAttempts - 1)).toISOString();
        return Promise.resolve(refusal('UNAUTHORIZED', 'wrongPasscode'));
      }
      Object.assign(status, { locked: false, failedAttempts: 0, retryAt: null });
      return ok(snapshot());
    },
    'protection.lock': () => {
      status.locked = status.protected;
      return ok(snapshot());
    },
    'protection.setOptions': (raw) => {
      Object.assign(status, input(raw));
      return ok(snapshot());
    },
  };
  return {
    overrides,
    status,
    /** The book locks by itself (idle on its side, or the OS went to sleep). */
    lockFromOutside() {
      status.locked = true;
    },
    get recoveryCode() {
      return recoveryCode;
    },
  };
}

/** What a locked book answers to any call but protection's own. */
export const lockedRefusal = refusal('LOCKED', 'bookIsLocked');

/**
 * A fake client over a seeded in-memory book whose protection is `fakeProtection(start)`: while it
 * is locked every other call is refused, as the real dispatcher does.
 */
export async function protectedFakeClient(start: Parameters<typeof fakeProtection>[0] = {}) {
  const protection = fakeProtection(start);
  let dispatch: ((name: CallName, input: unknown) => Promise<unknown>) | null = null;
  const guarded: Overrides = Object.fromEntries(
    callNames
      .filter((name) => !name.startsWith('protection.'))
      .map((name) => [
        name,
        (input: unknown) =>
          protection.status.locked || dispatch === null ? Promise.resolve(lockedRefusal) : dispatch(name, structuredClone(input)),
      ]),
  );
  const fake = await fakeClient({ ...guarded, ...protection.overrides });
  dispatch = (name, input) => fake.app.dispatch(name, input);
  return { ...fake, protection };
}
