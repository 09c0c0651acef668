import { useTranslation } from 'react-i18next';
import type { GreetingDraft } from '../../../../shared/contract/greetings.contract';

/** Who waits, and why; any of them can be included by hand except one who asked for no marketing. */
export function HeldGreetings({ held, onInclude }: { held: GreetingDraft[]; onInclude(customerId: string): void }) {
  const { t } = useTranslation();
  if (held.length === 0) return null;
  return (
    <section aria-label={t('greetings.heldTitle')}>
      <h3>{t('greetings.heldTitle')}</h3>
      <ul className="greetings-held">
        {held.map((d) => (
          <li key={d.customerId}>
            <span>{d.name || d.displayAddressAs}</span>{' '}
            <span className="muted">{d.holds.map((h) => t(`greetings.hold.${h}`)).join('、')}</span>{' '}
            {d.canInclude && (
              <button type="button" className="button-quiet" onClick={() => onInclude(d.customerId)}>
                {t('greetings.include')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
