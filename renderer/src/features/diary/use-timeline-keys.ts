import { useRef, useState, type KeyboardEvent } from 'react';
import type { Entry } from '../../../../shared/contract';

/**
 * The whole timeline is one stop for Tab: only the current entry (or the first) takes the focus
 * from Tab, arrows move between entries, E corrects the one in focus, Delete moves it to the trash
 * and hands the focus to its neighbour, R resolves an open complaint.
 */
export function useTimelineKeys(entries: Entry[], onDelete: (entry: Entry) => void, canResolve: boolean) {
  const [resolving, setResolving] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const focusable = entries.some((e) => e.id === current) ? current : (entries[0]?.id ?? null);

  const isOpenComplaint = (entry: Entry) => entry.kind === 'complaint' && entry.details?.resolvedOn == null && canResolve;

  function focusEntry(id: string | undefined) {
    if (id === undefined) return;
    setCurrent(id);
    box.current?.querySelector<HTMLElement>(`[data-entry="${id}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, entry: Entry, index: number) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Record<string, number | undefined> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: entries.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusEntry(entries[Math.max(0, Math.min(entries.length - 1, to))]?.id);
    } else if (event.key.toLowerCase() === 'e') {
      event.preventDefault();
      setEditing(entry.id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      focusEntry((entries[index + 1] ?? entries[index - 1])?.id);
      onDelete(entry);
    } else if (event.key.toLowerCase() === 'r' && isOpenComplaint(entry)) {
      event.preventDefault();
      setResolving(entry.id);
    }
  }

  return {
    box,
    focusable,
    resolving,
    setResolving,
    editing,
    setEditing,
    history,
    setHistory,
    setCurrent,
    focusEntry,
    onKeyDown,
    isOpenComplaint,
  };
}

/** What each entry reads and sets; the box's ref stays with the timeline itself. */
export type TimelineKeys = Omit<ReturnType<typeof useTimelineKeys>, 'box'>;
