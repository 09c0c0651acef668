import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterStart, quietStartMs } from '../../../electron/workers/after-start';

describe('afterStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the background work only once start-up has had its quiet time', () => {
    const start = vi.fn(() => () => undefined);
    afterStart(start);
    vi.advanceTimersByTime(quietStartMs - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('stopped before it began, it never begins; stopped after, it stops what it started', () => {
    const stopped = vi.fn();
    const start = vi.fn(() => stopped);
    afterStart(start, 10)();
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();

    const stop = afterStart(start, 10);
    vi.advanceTimersByTime(10);
    expect(stopped).not.toHaveBeenCalled();
    stop();
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
