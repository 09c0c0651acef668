import { useEffect, useRef, useState } from 'react';
import type { RecallCardFacts } from '../../../../shared/contract/card-counter.contract';

/** Alt+P on the customer's page uses a punch: at the counter the hands stay on the keyboard. */
const isPunchKey = (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';

/**
 * Using a punch from the recall card: straight away when one card can be used, else by asking which
 * (the first choice takes the focus); Alt+P asks while the card shows.
 */
export function usePunch(card: RecallCardFacts, onPunch: ((punchId: string) => Promise<void>) | undefined) {
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const live = card.punchCards.filter((p) => !p.expired && p.remaining > 0);

  async function punchOne(punchId: string) {
    if (onPunch === undefined || busy) return;
    setChoosing(false);
    setBusy(true);
    await onPunch(punchId);
    setBusy(false);
  }

  function ask() {
    const only = live[0];
    if (only === undefined) return;
    if (live.length === 1) void punchOne(only.id);
    else setChoosing(true);
  }

  // The key listens on the window while the card shows; the latest `ask` is read through a ref.
  const asking = useRef(ask);
  useEffect(() => {
    asking.current = ask;
  });
  useEffect(() => {
    if (onPunch === undefined) return;
    function onKey(event: KeyboardEvent) {
      if (!isPunchKey(event)) return;
      event.preventDefault();
      asking.current();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPunch]);

  useEffect(() => {
    if (choosing) firstChoice.current?.focus();
  }, [choosing]);

  return { live, choosing, busy, firstChoice, ask, punchOne, cancel: () => setChoosing(false) };
}
