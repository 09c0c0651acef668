import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GreetingDraft, Occasion, audienceSchema } from '../../../../shared/contract/greetings.contract';
import { useApi } from '../../api';
import { refusalText } from '../../app/error-text';

export type Audience = z.input<typeof audienceSchema>;
export type Status = 'pending' | 'sent' | 'skipped';

export interface Batch {
  batchId: string;
  label: string;
  items: GreetingDraft[];
  more: number;
}

/**
 * One batch of drafts and what the owner did with each: drafted once per opening, walked in order
 * (the held-back ones join the walk when included by hand), each decision recorded by the book.
 */
export function useGreetingBatch(occasion: Occasion, audience: Audience, onRecorded: (() => void) | undefined) {
  const { t } = useTranslation();
  const api = useApi();
  const [batch, setBatch] = useState<Batch | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [included, setIncluded] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<Record<string, Status>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api['greetings.drafts']({ occasion, audience }).then((reply) => {
      if (!live) return;
      if (!reply.ok) return setProblem(refusalText(t, reply.error));
      setBatch(reply.value);
      setTexts(Object.fromEntries(reply.value.items.map((d) => [d.customerId, d.text])));
    });
    return () => {
      live = false;
    };
    // One batch per opening: the occasion and audience it was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const walk = batch === null ? [] : batch.items.filter((d) => d.holds.length === 0 || included.has(d.customerId));
  const held = batch === null ? [] : batch.items.filter((d) => d.holds.length > 0 && !included.has(d.customerId));
  const draft = walk[current];
  const statusOf = (customerId: string): Status => status[customerId] ?? 'pending';

  function next(from: number) {
    const after = walk.findIndex((d, i) => i > from && statusOf(d.customerId) === 'pending');
    setCurrent(after === -1 ? Math.min(from + 1, Math.max(walk.length - 1, 0)) : after);
  }

  /** Sent copies the words first: words that could not be copied record nothing, so the owner can copy by hand and try again. */
  async function decide(outcome: 'sent' | 'skipped'): Promise<boolean> {
    if (batch === null || draft === undefined || busy) return false;
    const text = (texts[draft.customerId] ?? '').trim();
    setBusy(true);
    setProblem(null);
    if (outcome === 'sent') {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        setBusy(false);
        setProblem(t('greetings.copyFailed'));
        return false;
      }
    }
    const reply = await api['greetings.record']({ batchId: batch.batchId, customerId: draft.customerId, outcome, text });
    setBusy(false);
    if (!reply.ok) {
      setProblem(refusalText(t, reply.error));
      return false;
    }
    setStatus((s) => ({ ...s, [draft.customerId]: outcome }));
    onRecorded?.();
    next(current);
    return true;
  }

  return {
    batch,
    problem,
    walk,
    held,
    draft,
    current,
    setCurrent,
    busy,
    statusOf,
    count: (s: Status) => walk.filter((d) => statusOf(d.customerId) === s).length,
    textOf: (customerId: string) => texts[customerId] ?? '',
    setText: (customerId: string, text: string) => setTexts((all) => ({ ...all, [customerId]: text })),
    include: (customerId: string) => setIncluded((s) => new Set(s).add(customerId)),
    decide,
  };
}

export type GreetingBatch = ReturnType<typeof useGreetingBatch>;
