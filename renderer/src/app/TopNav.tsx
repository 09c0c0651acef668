import { useTranslation } from 'react-i18next';
import { LockButton } from '../features/protection/LockButton';
import { CounterSwitch } from '../features/team/CounterSwitch';
import { LanguageSelect } from './LanguageSelect';
import { hrefFor, type Route } from './use-route';

/** The top bar's pages (the current one marked), new customer, settings, lock and language. */
export function TopNav({
  current,
  onNewCustomer,
  onSettings,
}: {
  current: Route['name'];
  onNewCustomer: () => void;
  onSettings: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="topnav">
      <a href={hrefFor({ name: 'today' })} aria-current={current === 'today' ? 'page' : undefined}>
        {t('care.today')}
      </a>
      <a href={hrefFor({ name: 'customers' })} aria-current={current === 'customers' ? 'page' : undefined}>
        {t('app.customers')}
      </a>
      <a href={hrefFor({ name: 'insights' })} aria-current={current === 'insights' ? 'page' : undefined}>
        {t('insights.nav')}
      </a>
      <a href={hrefFor({ name: 'sync' })} aria-current={current === 'sync' ? 'page' : undefined}>
        {t('sync.nav')}
      </a>
      <button type="button" className="button-primary" title="Ctrl+N" onClick={onNewCustomer}>
        ＋ {t('app.newCustomer')}
      </button>
      <button type="button" className="button-quiet" onClick={onSettings}>
        {t('settings.title')}
      </button>
      <CounterSwitch />
      <LockButton />
      <LanguageSelect />
    </nav>
  );
}
