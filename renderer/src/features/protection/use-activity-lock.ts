import { useEffect, useRef } from 'react';

/** The book locks itself when no call came for idle minutes + 1; a heartbeat a minute is plenty. */
export const heartbeatEveryMs = 60_000;

// What counts as someone at the keyboard: a key, the mouse, a touch, or coming back to the window.
const activityEvents = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const;

/** When the page last called the book: any call keeps the book awake, so no heartbeat is needed then. */
export class CallClock {
  lastAt = 0;
  touch(at: number): void {
    this.lastAt = Math.max(this.lastAt, at);
  }
}

interface Options {
  /** Protected and open: nothing to watch otherwise. */
  enabled: boolean;
  /** Minutes without activity before onIdle; 0 never. */
  idleMinutes: number;
  onIdle(): void;
  /** Tells the book someone is still here; called at most once a minute, only while someone is. */
  heartbeat(): void;
  calls: CallClock;
}

/**
 * Locks after idle minutes without a keystroke, mouse or touch in the page, and while someone is
 * active tells the book so, so that the book's own idle lock (its backstop when the page is gone)
 * never fires under their hands.
 */
export function useActivityLock({ enabled, idleMinutes, onIdle, heartbeat, calls }: Options): void {
  const handlers = useRef({ onIdle, heartbeat });
  useEffect(() => {
    handlers.current = { onIdle, heartbeat };
  }, [onIdle, heartbeat]);

  useEffect(() => {
    if (!enabled || idleMinutes <= 0) return;
    const idleMs = idleMinutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One timer, moved on only when it fires: a mouse move costs a timestamp, not a new timer.
    const check = () => {
      const quiet = Date.now() - lastActivity;
      if (quiet >= idleMs) handlers.current.onIdle();
      else timer = setTimeout(check, idleMs - quiet);
    };
    timer = setTimeout(check, idleMs);
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - calls.lastAt >= heartbeatEveryMs) {
        calls.touch(lastActivity);
        handlers.current.heartbeat();
      }
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true });
    window.addEventListener('focus', onActivity);
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
      window.removeEventListener('focus', onActivity);
    };
  }, [enabled, idleMinutes, calls]);
}
