import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockAndTell, lockOnSleep } from '../../../electron/main/lock-on-sleep';
import type { Result } from '../../../shared/domain/result';

const locked: Result<unknown> = { ok: true, value: { locked: true } };
const notProtected: Result<unknown> = { ok: false, error: { code: 'CONFLICT', message: 'The book is not protected by a passcode.' } };

describe('lockOnSleep', () => {
  it('locks when the OS locks the screen and when the machine goes to sleep, and not on other power events', () => {
    const power = new EventEmitter();
    const lockNow = vi.fn(() => Promise.resolve());
    lockOnSleep(power, lockNow);
    power.emit('resume');
    power.emit('unlock-screen');
    power.emit('on-battery');
    expect(lockNow).not.toHaveBeenCalled();
    power.emit('lock-screen');
    expect(lockNow).toHaveBeenCalledTimes(1);
    power.emit('suspend');
    expect(lockNow).toHaveBeenCalledTimes(2);
  });

  it('stops watching when asked', () => {
    const power = new EventEmitter();
    const lockNow = vi.fn(() => Promise.resolve());
    const stop = lockOnSleep(power, lockNow);
    stop();
    power.emit('lock-screen');
    power.emit('suspend');
    expect(lockNow).not.toHaveBeenCalled();
    expect(power.listenerCount('lock-screen') + power.listenerCount('suspend')).toBe(0);
  });
});

describe('lockAndTell', () => {
  it('tells the page once the book is locked', async () => {
    const tellPage = vi.fn();
    expect(await lockAndTell(() => Promise.resolve(locked), tellPage)()).toBe(locked);
    expect(tellPage).toHaveBeenCalledOnce();
  });

  it('leaves the page alone when the book refuses (it is not protected)', async () => {
    const tellPage = vi.fn();
    await lockAndTell(() => Promise.resolve(notProtected), tellPage)();
    expect(tellPage).not.toHaveBeenCalled();
  });

  it('a lock that throws is reported, not left as an unhandled rejection in main', async () => {
    const tellPage = vi.fn();
    const onError = vi.fn();
    expect(await lockAndTell(() => Promise.reject(new Error('disk gone')), tellPage, onError)()).toBeNull();
    expect(onError).toHaveBeenCalledWith(new Error('disk gone'));
    expect(tellPage).not.toHaveBeenCalled();
  });
});
