import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockOnSleep } from '../../../electron/main/lock-on-sleep';

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
