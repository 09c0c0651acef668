import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import type { ListFilter } from '../../../../shared/contract/customers.contract';
import type { Occasion } from '../../../../shared/contract/greetings.contract';
import { useApi } from '../../api';
import { GreetingsDialog } from '../../app/dialogs';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { AppDialog } from '../../components/AppDialog';

/** How far ahead a list can be greeted for a festival. */
const aheadDays = 90;

/**
 * On the customer list: greet the customers the list shows now (a saved segment's filter, or any
 * other), for a festival coming up or to say "we missed you".
 */
export function GreetListButton({ filter, count }: { filter: ListFilter; count: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [choices, setChoices] = useState<CallOutput<'greetings.upcoming'>['items'] | null>(null);
  const [occasion, setOccasion] = useState<Occasion | null>(null);

  async function choose() {
    const reply = await api['greetings.upcoming']({ days: aheadDays });
    setChoices(reply.ok ? reply.value.items : []);
  }

  function pick(picked: Occasion) {
    setChoices(null);
    setOccasion(picked);
  }

  return (
    <>
      <button type="button" className="button-quiet" onClick={() => void choose()}>
        {t('greetings.greetList')}
      </button>
      {choices !== null && (
        <AppDialog open onOpenChange={(open) => !open && setChoices(null)} title={t('greetings.greetListTitle', { count })}>
          <ul className="greet-choices">
            {choices.map((c) => (
              <li key={c.occasionId}>
                <button type="button" className="button-quiet" onClick={() => pick(c.occasion)}>
                  {c.label} · {dayLabel(c.on, locale)}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="button-quiet" onClick={() => pick({ kind: 'win_back' })}>
                {t('greetings.winBack')}
              </button>
            </li>
          </ul>
        </AppDialog>
      )}
      {occasion !== null && <GreetingsDialog open occasion={occasion} audience={{ filter }} onClose={() => setOccasion(null)} />}
    </>
  );
}
