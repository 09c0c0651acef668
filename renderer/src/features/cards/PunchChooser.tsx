import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecallCardFacts } from '../../../../shared/contract/card-counter.contract';

interface Props {
  live: readonly RecallCardFacts['punchCards'][number][];
  firstChoice: RefObject<HTMLButtonElement | null>;
  onPick(punchId: string): void;
  onCancel(): void;
}

/** Which punch card to use, when several can be: a digit picks one, Escape puts the question away. */
export function PunchChooser({ live, firstChoice, onPick, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className="punch-chooser"
      role="group"
      aria-label={t('cardCounter.whichPunch')}
      onKeyDown={(event) => {
        const picked = /^[1-9]$/.test(event.key) ? live[Number(event.key) - 1] : undefined;
        if (picked !== undefined) {
          event.preventDefault();
          onPick(picked.id);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <span className="muted">{t('cardCounter.whichPunch')}</span>
      {live.map((p, index) => (
        <button key={p.id} ref={index === 0 ? firstChoice : undefined} type="button" className="button-quiet" onClick={() => onPick(p.id)}>
          {index + 1}. {t('cardCounter.punchLeft', { kind: p.kind, remaining: p.remaining, uses: p.uses })}
        </button>
      ))}
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('cards.cancel')}
      </button>
    </div>
  );
}
