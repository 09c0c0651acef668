import { useLayoutEffect, useRef, useState } from 'react';
import type { LookupHit } from '../../../../shared/contract';
import { useApi } from '../../api';

/**
 * What is typed, the newest answer (older answers arriving late are dropped), and the chosen row.
 * Each keystroke marks the page's timeline, and the frame after its results render is measured
 * ("lookup:paint"), so the bench can report keystroke-to-paint as the user sees it.
 */
export function useLookupQuery() {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: LookupHit[]; ticket: number }>({ query: '', hits: [], ticket: 0 });
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  // The call leaves from the input event itself, not an effect after the next paint: a frame
  // sooner on a busy machine, and the measure starts where the owner's key did.
  function ask(text: string) {
    setQuery(text);
    latest.current += 1;
    const ticket = latest.current;
    const q = text.trim();
    if (q === '') return;
    performance.mark(`lookup:input:${ticket}`);
    void api.lookup({ query: q, limit: 8 }).then((reply) => {
      if (ticket !== latest.current) return;
      setResult({ query: q, hits: reply.ok ? reply.value.hits : [], ticket });
      setActive(0);
    });
  }

  useLayoutEffect(() => {
    if (result.ticket === 0) return;
    const mark = `lookup:input:${result.ticket}`;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(mark).length > 0) performance.measure('lookup:paint', mark);
    });
  }, [result]);

  return { query, result, active, setActive, ask };
}
