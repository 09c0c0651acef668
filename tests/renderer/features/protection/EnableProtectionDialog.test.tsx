import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { EnableProtectionDialog } from '../../../../renderer/src/features/protection/EnableProtectionDialog';
import { ProtectionGate } from '../../../../renderer/src/features/protection/ProtectionGate';
import { isCodeUnconfirmed } from '../../../../renderer/src/features/protection/recovery-code';
import { fakeClient } from '../../../helpers/fake-client';
import { fakeProtection } from '../../../helpers/fake-protection';
import { renderWithApp } from '../../../helpers/render-with-app';

async function setup() {
  const protection = fakeProtection();
  const { client, calls } = await fakeClient(protection.overrides);
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApp(
    <ProtectionGate>
      <EnableProtectionDialog open onOpenChange={onOpenChange} />
    </ProtectionGate>,
    client,
    'en',
  );
  const dialog = await screen.findByRole('dialog', { name: 'Protect this book with a passcode' });
  const enables = () => calls.filter(([name]) => name === 'protection.enable');
  return { protection, dialog, onOpenChange, enables };
}

async function fill(passcode: string, again: string, understood = true) {
  await userEvent.type(screen.getByLabelText('New passcode'), passcode);
  await userEvent.type(screen.getByLabelText('The same passcode again'), again);
  if (understood) await userEvent.click(screen.getByRole('checkbox', { name: /I understand/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Protect the book' }));
}

describe('EnableProtectionDialog', () => {
  it('says plainly that without the passcode or the recovery code nobody can open the book', async () => {
    const { dialog } = await setup();
    expect(dialog.textContent).toContain(
      'Without the passcode or the recovery code nobody can open this book: not you, not a repair shop, not even Shuke’s makers.',
    );
  });

  it('refuses two passcodes that are not the same, and sends nothing', async () => {
    const { enables } = await setup();
    await fill('counter-42', 'counter-24');
    expect(screen.getByText('The two passcodes are not the same.')).toBeTruthy();
    expect(enables()).toEqual([]);
  });

  it('refuses a passcode shorter than the book takes, in the user’s words', async () => {
    const { enables } = await setup();
    await fill('abc', 'abc');
    expect(screen.getByText('a passcode has at least 6 characters')).toBeTruthy();
    expect(enables()).toEqual([]);
  });

  it('asks for “I understand” before anything is encrypted', async () => {
    const { enables } = await setup();
    await fill('counter-42', 'counter-42', false);
    expect(screen.getByRole('alert').textContent).toBe('Tick “I understand” first.');
    expect(enables()).toEqual([]);
  });

  it('shows the recovery code once, large and grouped, and will not finish until “I have written it down” is ticked', async () => {
    const { enables, onOpenChange } = await setup();
    await fill('counter-42', 'counter-42');
    const dialog = await screen.findByRole('dialog', { name: 'Your recovery code' });
    expect(enables()).toEqual([['protection.enable', { passcode: 'counter-42', understood: true }]]);
    const code = within(dialog).getByRole('status', { name: 'Your recovery code' });
    expect([...code.querySelectorAll('span')].map((s) => s.textContent)).toEqual(['ABCD', 'EFGH', 'JKLM', 'NPQR', 'STUV', 'WXYZ']);
    expect(isCodeUnconfirmed()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('alert').textContent).toBe('Tick “I have written it down” first: this code is not shown again.');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog', { name: 'Your recovery code' })).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /I have written it down/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(isCodeUnconfirmed()).toBe(false);
  });

  it('prints only the code: the page is marked for printing while the print dialog is open', async () => {
    await setup();
    await fill('counter-42', 'counter-42');
    await screen.findByRole('dialog', { name: 'Your recovery code' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-recovery')).toBe(true);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-recovery')).toBe(false);
    print.mockRestore();
  });
});

describe('the first day', () => {
  it('the welcome of an empty book offers protection, and says so once the book is protected', async () => {
    const { client } = await fakeClient(fakeProtection().overrides);
    renderWithApp(
      <ProtectionGate>
        <App />
      </ProtectionGate>,
      client,
    );
    const welcome = await screen.findByRole('region', { name: '欢迎使用熟客' });
    expect(welcome.textContent).toContain('这台电脑还有别人用？给客户簿设个密码，只有你能打开。');
    await userEvent.click(within(welcome).getByRole('button', { name: '设置密码保护……' }));
    await userEvent.type(await screen.findByLabelText('新密码'), 'counter-42');
    await userEvent.type(screen.getByLabelText('再输入一次密码'), 'counter-42');
    await userEvent.click(screen.getByRole('checkbox', { name: /我明白/ }));
    await userEvent.click(screen.getByRole('button', { name: '加密保护客户簿' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: /我已经抄下/ }));
    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    expect(await screen.findByText('客户簿已受密码保护。', { selector: '.welcome p' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '锁定' })).toBeTruthy();
  }, 20_000);
});
