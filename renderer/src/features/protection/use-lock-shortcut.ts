import { useEffect } from 'react';

/** Ctrl/Cmd+L locks the book, while it is open and protected. */
export function useLockShortcut(enabled: boolean, lockNow: () => Promise<void>) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, lockNow]);
}
