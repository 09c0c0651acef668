import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { App } from '../../../../renderer/src/app/App';
import { useApi } from '../../../../renderer/src/api';
import { ProtectionGate, lockedEvent } from '../../../../renderer/src/features/protection/ProtectionGate';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { fakeProtection, protectedFakeClient } from '../../../helpers/fake-protection';
import { renderWithApp } from '../../../helpers/render-with-app';

afterEach(() => {
  vi.useRealTimers();
});

/** A page that calls the book when its button is pressed, as any page does. */
function SomePage() {
  const api = useApi();
  return (
    <section>
      <p>王丽华的日记</p>
      <button type="button" onClick={() => void api['settings.get']({})}>
        刷新
      </button>
    </section>
  );
}

const unlockHeading = () => screen.findByRole('heading', { name: '客户簿已锁定' });

describe('ProtectionGate', () => {
  it('Ctrl+L locks at once: the page shows only the unlock screen, and the passcode brings the customer back with what was being written', async () => {
    const { client, app, calls } = await protectedFakeClient({ protected: true, passcode: 'counter-42' });
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    window.location.hash = `#/customers/${customer.id}`;
    renderWithApp(
      <ProtectionGate>
        <App />
      </ProtectionGate>,
      client,
    );
    const box = await screen.findByRole('textbox', { name: '写日记' });
    await userEvent.type(box, '想要蓝色');

    await userEvent.keyboard('{Control>}l{/Control}');
    await unlockHeading();
    expect(calls.filter(([name]) => name === 'protection.lock')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('王丽华');
    expect(document.body.textContent).not.toContain('想要蓝色');
    expect(screen.queryByRole('textbox', { name: '写日记' })).toBeNull();

    await userEvent.type(screen.getByLabelText('密码或恢复码'), 'counter-42{Enter}');
    expect(await screen.findByRole('region', { name: '王丽华' })).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: '写日记' })).toHaveProperty('value', '想要蓝色');
  }, 20_000);

  it('Cmd+L locks too, and the header has a Lock button once the book is protected', async () => {
    const { client } = await protectedFakeClient({ protected: true });
    renderWithApp(
      <ProtectionGate>
        <App />
      </ProtectionGate>,
      client,
    );
    await userEvent.click(await screen.findByRole('button', { name: '锁定' }));
    await unlockHeading();
    await userEvent.type(screen.getByLabelText('密码或恢复码'), 'secret-1{Enter}');
    await screen.findByRole('heading', { name: '欢迎使用熟客' });
    await userEvent.keyboard('{Meta>}l{/Meta}');
    await unlockHeading();
  });

  it('an unprotected book has no Lock button and Ctrl+L does nothing', async () => {
    const { client, calls } = await fakeClient(fakeProtection().overrides);
    renderWithApp(
      <ProtectionGate>
        <App />
      </ProtectionGate>,
      client,
    );
    await screen.findByRole('heading', { name: '欢迎使用熟客' });
    expect(screen.queryByRole('button', { name: '锁定' })).toBeNull();
    await userEvent.keyboard('{Control>}l{/Control}');
    expect(calls.some(([name]) => name === 'protection.lock')).toBe(false);
    expect(screen.getByRole('heading', { name: '欢迎使用熟客' })).toBeTruthy();
  });

  it('opens as before when the book cannot say whether it is protected (an older server)', async () => {
    const { client } = await fakeClient({
      'protection.status': () => Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'no' } }),
    });
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    expect(await screen.findByText('王丽华的日记')).toBeTruthy();
  });

  it('shows the unlock screen as soon as a call is refused because the book locked itself', async () => {
    const { client, protection } = await protectedFakeClient({ protected: true });
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    await screen.findByText('王丽华的日记');
    protection.lockFromOutside();
    await userEvent.click(screen.getByRole('button', { name: '刷新' }));
    await unlockHeading();
    expect(screen.queryByText('王丽华的日记')).toBeNull();
  });

  it('asks the book when the desktop shell says the screen locked or the computer slept', async () => {
    const { client, protection } = await protectedFakeClient({ protected: true });
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    await screen.findByText('王丽华的日记');
    protection.lockFromOutside();
    window.dispatchEvent(new Event(lockedEvent));
    await unlockHeading();
  });

  it('a book opened locked starts on the unlock screen, without mounting a page', async () => {
    const { client, calls } = await protectedFakeClient({ protected: true, locked: true });
    renderWithApp(
      <ProtectionGate>
        <App />
      </ProtectionGate>,
      client,
    );
    await unlockHeading();
    expect(calls.map(([name]) => name)).toEqual(['protection.status']);
  });
});

describe('ProtectionGate, left alone', () => {
  const fakeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  it('locks after the idle minutes without a key, a mouse or a touch, and not while someone works', async () => {
    const { client, calls } = await protectedFakeClient({ protected: true, idleMinutes: 2 });
    fakeTime();
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    await pass(0);
    expect(screen.getByText('王丽华的日记')).toBeTruthy();
    await pass(90_000);
    fireEvent.keyDown(document.body, { key: 'a' });
    await pass(90_000);
    fireEvent.touchStart(document.body);
    await pass(119_000);
    expect(screen.getByText('王丽华的日记')).toBeTruthy();
    expect(calls.some(([name]) => name === 'protection.lock')).toBe(false);
    await pass(1_000);
    expect(screen.queryByText('王丽华的日记')).toBeNull();
    expect(screen.getByRole('heading', { name: '客户簿已锁定' })).toBeTruthy();
    expect(calls.filter(([name]) => name === 'protection.lock')).toHaveLength(1);
  });

  it('never locks by itself when the idle minutes are 0', async () => {
    const { client, calls } = await protectedFakeClient({ protected: true, idleMinutes: 0 });
    fakeTime();
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    await pass(4 * 60 * 60_000);
    expect(screen.getByText('王丽华的日记')).toBeTruthy();
    expect(calls.some(([name]) => name === 'protection.lock')).toBe(false);
  });

  it('tells the book someone is here at most once a minute, and only while someone is', async () => {
    const { client, calls } = await protectedFakeClient({ protected: true, idleMinutes: 30 });
    fakeTime();
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    const heartbeats = () => calls.filter(([name]) => name === 'protection.status').length;
    await pass(0);
    expect(heartbeats()).toBe(1);
    for (let i = 0; i < 5; i += 1) {
      await pass(10_000);
      fireEvent.mouseMove(document.body);
      fireEvent.keyDown(document.body, { key: 'x' });
    }
    expect(heartbeats()).toBe(1);
    await pass(10_000);
    fireEvent.mouseMove(document.body);
    expect(heartbeats()).toBe(2);
    fireEvent.wheel(document.body);
    fireEvent.mouseDown(document.body);
    expect(heartbeats()).toBe(2);
    // Away for five minutes: no heartbeat while no one is there.
    await pass(5 * 60_000);
    expect(heartbeats()).toBe(2);
    fireEvent.keyDown(document.body, { key: 'y' });
    expect(heartbeats()).toBe(3);
  });

  it('any other call counts as being here: no heartbeat is added within a minute of one', async () => {
    const { client, calls } = await protectedFakeClient({ protected: true, idleMinutes: 30 });
    fakeTime();
    renderWithApp(
      <ProtectionGate>
        <SomePage />
      </ProtectionGate>,
      client,
    );
    await pass(50_000);
    fireEvent.click(screen.getByRole('button', { name: '刷新' }));
    await pass(30_000);
    fireEvent.mouseMove(document.body);
    expect(calls.some(([name]) => name === 'settings.get')).toBe(true);
    expect(calls.filter(([name]) => name === 'protection.status')).toHaveLength(1);
  });
});
