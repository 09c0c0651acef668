import type { ReactNode } from 'react';
import type { Preference } from '../../../../shared/contract';

/** One fact of the recall card: its term and what is known, as a pair inside the card's list. */
export function RecallFact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function PrefChips({ items, tone }: { items: Preference[]; tone: string }) {
  return (
    <span className="chips">
      {items.map((p) => (
        <span key={p.id} className={`chip chip-${tone}`}>
          {p.value}
        </span>
      ))}
    </span>
  );
}
