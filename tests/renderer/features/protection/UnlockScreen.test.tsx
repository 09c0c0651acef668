import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProtectionStatus } from '../../../../shared/contract';
import { UnlockScreen } from '../../../../renderer/src/features/protection/UnlockScreen';
import { fakeClient } from '../../../helpers/fake-client';
import { fakeProtection } from '../../../helpers/fake-protection';
import { renderWithApp } from '../../../helpers/render-with-app';

afterEach(() => {
  vi.useRealTimers();
});

async function setup(locale: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN', start: Partial<ProtectionStatus> = {}) {
  const protection = fakeProtection({ protected: true, locked: true, passcode: 'counter-42', ...start });
  const { client, calls } = await fakeClient(protection.overrides);
  const onUnlocked = vi.fn<(s: ProtectionStatus) => void>();
  renderWithApp(<UnlockScreen status={{ ...protection.status }} locking={false} onUnlocked={onUnlocked} />, client, locale);
  return { protection, calls, onUnlocked };
}

describe('UnlockScreen', () => {
  it('says the recovery code works here too, and opens with it whatever its case and dashes', async () => {
    const { onUnlocked, protection } = await setup();
    expect(screen.getByText('请输入客户簿的密码。抄下的恢复码也能打开。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('密码或恢复码'), protection.recoveryCode.toLowerCase().replaceAll('-', ' ') + '{Enter}');
    expect(onUnlocked).toHaveBeenCalledOnce();
    expect(onUnlocked.mock.calls[0]?.[0].locked).toBe(false);
  });

  it('refuses a wrong passcode in the user’s language with the count of wrong tries, then counts down to the next try', async () => {
    const { onUnlocked } = await setup('zh-TW');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const field = screen.getByLabelText('密碼或復原碼');
    fireEvent.change(field, { target: { value: 'counter-41' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '解鎖' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert').textContent).toBe('密碼或復原碼不對（已連續錯了 1 次）。');
    expect(screen.getByText('30 秒後可以再試。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '解鎖' })).toHaveProperty('disabled', true);
    // The wrong try stays in the field, selected, so a slip in a long code is corrected, not retyped.
    expect(field).toHaveProperty('value', 'counter-41');

    await act(() => vi.advanceTimersByTimeAsync(12_000));
    expect(screen.getByText('18 秒後可以再試。')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(18_000));
    expect(screen.queryByText(/後可以再試/)).toBeNull();
    expect(screen.getByRole('button', { name: '解鎖' })).toHaveProperty('disabled', false);

    fireEvent.change(field, { target: { value: 'still-wrong' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '解鎖' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert').textContent).toBe('密碼或復原碼不對（已連續錯了 2 次）。');
    expect(screen.getByText('1 分 00 秒後可以再試。')).toBeTruthy();
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('in English, counts tries in the singular and plural', async () => {
    await setup('en', { failedAttempts: 1 });
    expect(screen.getByRole('alert').textContent).toBe('That is not the passcode or the recovery code (1 wrong try in a row).');
    await userEvent.type(screen.getByLabelText('Passcode or recovery code'), 'nope-nope{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That is not the passcode or the recovery code (2 wrong tries in a row).');
  });

  it('a book that says wait before the next try shows the wait as soon as the screen opens', async () => {
    await setup('en', { failedAttempts: 4, retryAt: new Date(Date.now() + 125_000).toISOString() });
    expect(screen.getByText(/^The next try is taken in 2 min 0[45] s\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', true);
  });

  it('asks for something to be typed rather than sending nothing', async () => {
    const { calls } = await setup();
    await userEvent.click(screen.getByRole('button', { name: '解锁' }));
    expect(screen.getByRole('alert').textContent).toBe('请输入密码或恢复码');
    expect(calls.some(([name]) => name === 'protection.unlock')).toBe(false);
  });
});
