import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useStatus } from '../../app/status';

interface Props {
  customerId: string;
  punchCards: MemberCard['punchCards'];
  onChanged(): void;
}

/** The card's punch cards, what is left on each and until when, each with a button that uses one. */
export function PunchCardList({ customerId, punchCards, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();

  async function punch(punchId: string) {
    const moved = await call(api['cards.move']({ customerId, request: { kind: 'punch', punchId } }));
    if (moved === null) return;
    say(moved.line);
    onChanged();
  }

  return (
    <ul className="panel-list" aria-label={t('cards.punchCards')}>
      {punchCards.map((p) => (
        <li key={p.id}>
          <span className="grow">
            {t('cards.punchLeft', { kind: p.kind, remaining: p.remaining, uses: p.uses })}
            {p.validUntil !== null && <span className="muted"> · {t('cards.validUntil', { day: p.validUntil })}</span>}
          </span>
          <button
            type="button"
            className="button-quiet"
            disabled={p.remaining === 0}
            aria-label={t('cards.useOneOf', { kind: p.kind })}
            onClick={() => void punch(p.id)}
          >
            {t('cards.useOne')}
          </button>
        </li>
      ))}
    </ul>
  );
}
