import { describe, expect, it, vi } from 'vitest';
import { lockAndTell } from '../../../electron/app/lock-and-tell';
import type { Result } from '../../../shared/domain/result';

const locked: Result<unknown> = { ok: true, value: { locked: true } };
const notProtected: Result<unknown> = { ok: false, error: { code: 'CONFLICT', message: 'The book is not protected by a passcode.' } };

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
