import { useEffect, type RefObject } from 'react';
import { navigate } from './use-route';

/** Ctrl/Cmd+K jumps to the lookup, Ctrl/Cmd+N opens quick-add, Esc outside any field goes to the list. */
export function useShellKeys(lookup: RefObject<HTMLInputElement | null>, startAdding: () => void) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        lookup.current?.focus();
        lookup.current?.select();
      } else if (event.key === 'Escape' && !event.defaultPrevented && (event.target === document.body || event.target === null)) {
        // Esc outside any field goes back to the customer list (dialogs and the lookup handle their own Esc).
        navigate({ name: 'customers' });
      } else if (mod && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        startAdding();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lookup, startAdding]);
}
