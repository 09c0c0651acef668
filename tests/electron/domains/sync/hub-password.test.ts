import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import type { Sealer } from '../../../../electron/domains/protection/file-keyring';
import { sealedPasswordKey } from '../../../../electron/domains/sync/hub-password';
import { readSyncState } from '../../../../electron/domains/sync/sync-state.repository';
import { must, sessionApp, type SessionApp } from '../../../helpers/session-app';
import { startCouchHub } from '../../../helpers/couch-hub';

type Status = CallOutput<'sync.status'>;

/** The OS keyring of one user on one computer: what `who` seals, only `who` opens. */
function fakeSealer(who: string, available = true): Sealer {
  const key = createHash('sha256').update(who).digest();
  return {
    available: () => available,
    seal(text) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, body, cipher.getAuthTag()]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString('utf8');
    },
  };
}

// The hub lets in the names it holds; a test takes one away as a team removes a counter.
const logins = new Map<string, string>();
let hub: Awaited<ReturnType<typeof startCouchHub>>;
beforeAll(async () => {
  hub = await startCouchHub(logins);
});
afterAll(async () => {
  await hub.close();
});

let run = 0;
let apps: SessionApp[] = [];
beforeEach(() => {
  run += 1;
  logins.clear();
  logins.set('counter', 'right-password');
});
afterEach(async () => {
  for (const app of apps) {
    if (!app.session.locked) await must(app, 'sync.leave').catch(() => undefined);
    await app.session.lock();
    fs.rmSync(app.dir, { recursive: true, force: true });
  }
  apps = [];
});

/** A counter's book kept by a session, with this computer's keyring (or none): `dir` again is the same book after a restart. */
async function counter(sealer: Sealer | undefined, dir?: string): Promise<SessionApp> {
  const app = await sessionApp(dir);
  if (sealer !== undefined) app.ctx.sealer = sealer;
  apps.push(app);
  return app;
}

/** The app closed and started again: a new session (and so a new sync runtime) over the same book. */
async function restart(app: SessionApp, sealer: Sealer | undefined): Promise<SessionApp> {
  await app.session.lock();
  return counter(sealer, app.dir);
}

const join = (app: SessionApp, extra: Record<string, unknown> = {}) =>
  must<Status>(app, 'sync.join', {
    hub: hub.url(`password-${run}`),
    deviceName: '柜台 1',
    username: 'counter',
    password: 'right-password',
    ...extra,
  });
const names = async (app: SessionApp) =>
  (await must<{ hits: { name: string }[] }>(app, 'lookup', { query: '王', limit: 10 })).hits.map((h) => h.name);

describe('the hub password on a computer with a keyring', () => {
  it('is kept sealed at joining, resumes syncing after a restart without asking, and is forgotten at leaving', async () => {
    const keyring = fakeSealer('shop owner');
    const a = await counter(keyring);
    await must(a, 'customers.create', { name: '王丽华' });
    expect(await join(a)).toMatchObject({ passwordKept: 'sealed', canKeepPassword: true, username: 'counter' });
    const sealed = await readSyncState(a.ctx.db, sealedPasswordKey);
    expect(sealed).toBeDefined();
    expect(Buffer.from(sealed ?? '', 'base64').toString('latin1')).not.toContain('right-password');
    expect(sealed).not.toContain('right-password');

    const again = await restart(a, keyring);
    await must(again, 'customers.create', { name: '王建国' });
    const resumed = await must<Status>(again, 'sync.now');
    expect(resumed).toMatchObject({ needsPassword: false, lastError: null, inSync: true, passwordKept: 'sealed' });

    expect(await must<Status>(again, 'sync.leave')).toMatchObject({ joined: false, passwordKept: 'none' });
    expect(await readSyncState(again.ctx.db, sealedPasswordKey)).toBeUndefined();
    expect((await names(again)).sort()).toEqual(['王丽华', '王建国'].sort());
  });

  it('asks again, saying why, when the sealed password no longer opens, and seals the one given', async () => {
    const a = await counter(fakeSealer('shop owner'));
    await join(a);
    await must(a, 'sync.now');
    // Another user of this computer (or a reset keyring) cannot open what the owner sealed.
    const other = fakeSealer('someone else');
    const again = await restart(a, other);
    const asked = await must<Status>(again, 'sync.now');
    expect(asked).toMatchObject({
      needsPassword: true,
      passwordUnreadable: true,
      passwordKept: 'none',
      lastError: { key: 'syncHubRefused' },
    });

    const given = await must<Status>(again, 'sync.password', { password: 'right-password' });
    expect(given).toMatchObject({ needsPassword: false, passwordUnreadable: false, passwordKept: 'sealed', lastError: null });
    expect(other.open(Buffer.from((await readSyncState(again.ctx.db, sealedPasswordKey)) ?? '', 'base64'))).toBe('right-password');
  });

  it('a counter removed from the team is refused, keeps its whole book, and is asked for the password', async () => {
    const a = await counter(fakeSealer('shop owner'));
    await must(a, 'customers.create', { name: '王丽华' });
    await join(a);
    await must(a, 'sync.now');
    logins.delete('counter');
    await must(a, 'customers.create', { name: '王建国' });
    const refused = await must<Status>(a, 'sync.now');
    expect(refused).toMatchObject({ joined: true, needsPassword: true, passwordKept: 'sealed', lastError: { code: 'UNAUTHORIZED' } });
    expect((await names(a)).sort()).toEqual(['王丽华', '王建国'].sort());

    // A password the hub refuses is said so and not kept: the sealed one stays as it was.
    const before = await readSyncState(a.ctx.db, sealedPasswordKey);
    expect(await a.dispatch('sync.password', { password: 'guess' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', key: 'syncHubRefused' },
    });
    expect(await readSyncState(a.ctx.db, sealedPasswordKey)).toBe(before);

    // Leaving keeps everything here too.
    expect(await must<Status>(a, 'sync.leave')).toMatchObject({ joined: false });
    expect((await names(a)).sort()).toEqual(['王丽华', '王建国'].sort());
  });
});

describe('the hub password when the login is given again', () => {
  it('goes on for another name on the same hub, even after a restart, and never to another hub', async () => {
    const keyring = fakeSealer('shop owner');
    const a = await counter(keyring);
    await join(a);
    const again = await restart(a, keyring);
    const renamed = await must<Status>(again, 'sync.join', { hub: hub.url(`password-${run}`), deviceName: '前台', username: 'counter' });
    expect(renamed).toMatchObject({ deviceName: '前台', passwordKept: 'sealed' });
    expect(await must<Status>(again, 'sync.now')).toMatchObject({ lastError: null, needsPassword: false });

    const elsewhere = await again.dispatch('sync.join', {
      hub: hub.url(`elsewhere-${run}`),
      deviceName: '前台',
      username: 'counter',
      replaceHub: true,
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { key: 'syncHubRefused' } });
    expect(await must<Status>(again, 'sync.status')).toMatchObject({ hub: hub.url(`password-${run}`), passwordKept: 'sealed' });
  });
});

describe('the hub password without a keyring (browser mode, Linux without one)', () => {
  it('is held for this run only, and asked for again after a restart', async () => {
    const a = await counter(fakeSealer('shop owner', false));
    expect(await join(a)).toMatchObject({ passwordKept: 'thisRun', canKeepPassword: false });
    expect(await readSyncState(a.ctx.db, sealedPasswordKey)).toBeUndefined();
    expect(await must<Status>(a, 'sync.now')).toMatchObject({ lastError: null, inSync: true });

    const again = await restart(a, undefined);
    const asked = await must<Status>(again, 'sync.now');
    expect(asked).toMatchObject({ needsPassword: true, passwordUnreadable: false, passwordKept: 'none', canKeepPassword: false });
    expect(await must<Status>(again, 'sync.password', { password: 'right-password' })).toMatchObject({
      needsPassword: false,
      passwordKept: 'thisRun',
      lastError: null,
    });
    expect(await readSyncState(again.ctx.db, sealedPasswordKey)).toBeUndefined();
  });
});
