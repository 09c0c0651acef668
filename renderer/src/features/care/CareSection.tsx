import type { ReactNode } from 'react';

/** A section with something in it; an empty one folds away so real items stay above the fold. */
export function CareSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="care-section" aria-label={title}>
      <h2>
        {title} <span className="muted">{count}</span>
      </h2>
      <ul className="care-list">{children}</ul>
    </section>
  );
}

/** How long "snooze" puts a drifting regular, an open complaint or a card reminder off. */
export const snoozeDays = { drift: 14, complaint: 3, card: 7 };
