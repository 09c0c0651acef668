import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProtectionStatus } from '../../../../shared/contract';
import { SettingsDialog } from '../../../../renderer/src/features/settings/SettingsDialog';
import { ProtectionGate } from '../../../../renderer/src/features/protection/ProtectionGate';
import { markCodeUnconfirmed } from '../../../../renderer/src/features/protection/recovery-code';
import { fakeClient } from '../../../helpers/fake-client';
import { fakeProtection } from '../../../helpers/fake-protection';
import { renderWithApp } from '../../../helpers/render-with-app';

async function openSettings(start: Partial<ProtectionStatus> & { passcode?: string }, locale: 'en' | 'zh-CN' = 'en') {
  const protection = fakeProtection(start);
  const { client, calls } = await fakeClient(protection.overrides);
  renderWithApp(
    <ProtectionGate>
      <SettingsDialog open onOpenChange={() => undefined} onSaved={() => undefined} />
    </ProtectionGate>,
    client,
    locale,
  );
  const section = await screen.findByRole('region', {
    name: locale === 'en' ? 'Protect this book with a passcode' : '用密码保护这本客户簿',
  });
  return { section, protection, calls };
}

describe('Settings → Protect this book with a passcode', () => {
  it('offers protection on an unprotected book, and says nothing about exports being unprotected', async () => {
    const { section } = await openSettings({});
    expect(within(section).getByRole('button', { name: 'Protect with a passcode…' })).toBeTruthy();
    expect(screen.queryByText(/exported files are not/)).toBeNull();
  });

  it('on a protected book: lock, change, new code, off, and the idle minutes with their unit; no keyring, no automatic unlock', async () => {
    const { section } = await openSettings({ protected: true, idleMinutes: 10 });
    for (const name of [/Lock now/, 'Change the passcode…', 'Make a new recovery code…', 'Turn protection off…']) {
      expect(within(section).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(section).getByLabelText('Lock by itself after this many minutes without use (0: never)')).toHaveProperty('value', '10');
    expect(within(section).getByText('0–240 minutes')).toBeTruthy();
    expect(within(section).queryByLabelText(/Unlock automatically/)).toBeNull();
    expect(
      screen.getByText('This book is protected, but exported files are not: they are not encrypted and open without the passcode.'),
    ).toBeTruthy();
  });

  it('saves the idle minutes and says what they now mean', async () => {
    const { section, calls } = await openSettings({ protected: true, idleMinutes: 10 });
    const minutes = within(section).getByLabelText(/minutes without use/);
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '3');
    await userEvent.click(within(section).getByRole('button', { name: 'Save' }));
    expect(calls).toContainEqual(['protection.setOptions', { idleMinutes: 3 }]);
    expect((await screen.findByRole('status')).textContent).toContain('Saved: the book locks after 3 minutes without use.');
  });

  it('offers “unlock automatically on this computer” only where there is a real keyring', async () => {
    const { section, calls } = await openSettings({ protected: true, keyringAvailable: true });
    await userEvent.click(within(section).getByRole('checkbox', { name: /Unlock automatically on this computer/ }));
    expect(calls).toContainEqual(['protection.setOptions', { autoUnlock: true }]);
    expect(within(section).getByRole('checkbox', { name: /Unlock automatically/ })).toHaveProperty('checked', true);
  });

  it('turning protection off needs the passcode or the recovery code, and a wrong one changes nothing', async () => {
    const { section, protection } = await openSettings({ protected: true, passcode: 'counter-42' });
    // On a slow machine the Settings dialog may still be opening (its layer not yet taking pointer
    // events): the click is tried again until it lands, and a refused click does nothing.
    const off = within(section).getByRole('button', { name: 'Turn protection off…' });
    await waitFor(() => userEvent.click(off));
    const dialog = await screen.findByRole('dialog', { name: 'Turn protection off' });
    expect(dialog.textContent).toContain('Backups made while it was protected stay encrypted');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn protection off' }));
    expect(within(dialog).getByText('type the passcode or the recovery code')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('The passcode now, or the recovery code'), 'counter-41');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn protection off' }));
    expect(protection.status.protected).toBe(true);
    await userEvent.clear(within(dialog).getByLabelText('The passcode now, or the recovery code'));
    await userEvent.type(within(dialog).getByLabelText('The passcode now, or the recovery code'), protection.recoveryCode);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn protection off' }));
    expect(await within(section).findByRole('button', { name: 'Protect with a passcode…' })).toBeTruthy();
    expect(protection.status.protected).toBe(false);
  });

  it('changing the passcode asks for the new one twice', async () => {
    const { section, calls } = await openSettings({ protected: true, passcode: 'counter-42' }, 'zh-CN');
    // On a busy machine the Settings dialog may still be settling its layers (its body is inert for a moment): try again until it takes the click.
    await waitFor(() => userEvent.click(within(section).getByRole('button', { name: '修改密码……' })));
    const dialog = await screen.findByRole('dialog', { name: '修改密码' });
    await userEvent.type(within(dialog).getByLabelText('现在的密码，或恢复码'), 'counter-42');
    await userEvent.type(within(dialog).getByLabelText('新密码'), 'tea-house-7');
    await userEvent.type(within(dialog).getByLabelText('再输入一次密码'), 'tea-house-8');
    await userEvent.click(within(dialog).getByRole('button', { name: '修改密码' }));
    expect(within(dialog).getByText('两次输入的密码不一样。')).toBeTruthy();
    expect(calls.some(([name]) => name === 'protection.changePasscode')).toBe(false);
    await userEvent.clear(within(dialog).getByLabelText('再输入一次密码'));
    await userEvent.type(within(dialog).getByLabelText('再输入一次密码'), 'tea-house-7');
    await userEvent.click(within(dialog).getByRole('button', { name: '修改密码' }));
    expect(calls).toContainEqual(['protection.changePasscode', { secret: 'counter-42', passcode: 'tea-house-7' }]);
    expect((await screen.findByRole('status')).textContent).toContain('密码已修改，恢复码保持不变。');
  }, 15_000);

  it('a recovery code never confirmed as written down is said, with a new one offered, shown once and held until written down', async () => {
    markCodeUnconfirmed(true);
    const { section } = await openSettings({ protected: true, passcode: 'counter-42' });
    expect(within(section).getByRole('alert').textContent).toContain('The recovery code was never confirmed as written down.');
    await userEvent.click(within(within(section).getByRole('alert')).getByRole('button', { name: 'Make a new recovery code…' }));
    const dialog = await screen.findByRole('dialog', { name: 'A new recovery code' });
    await userEvent.type(within(dialog).getByLabelText('The passcode now, or the recovery code'), 'counter-42');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make a new code' }));
    const shown = await screen.findByRole('dialog', { name: 'Your recovery code' });
    expect(within(shown).getByRole('status', { name: 'Your recovery code' }).textContent).toBe('QRSTUVWXYZ23456789ABCDEF');
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(within(shown).getByRole('alert').textContent).toContain('Tick “I have written it down” first');
    await userEvent.click(within(shown).getByRole('checkbox', { name: /I have written it down/ }));
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Your recovery code' })).toBeNull();
    expect(within(section).queryByText(/never confirmed/)).toBeNull();
  }, 15_000);
});
