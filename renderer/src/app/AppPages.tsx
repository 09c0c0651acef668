import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { CustomerPage } from '../features/customer/CustomerPage';
import { CustomerListPage } from '../features/customers/CustomerListPage';
import { TodayPage } from '../features/care/TodayPage';
import type { Route } from './use-route';

// The charts library is large and only the Insights page needs it: it loads when that page opens.
const InsightsPage = lazy(() => import('../features/insights/InsightsPage').then((m) => ({ default: m.InsightsPage })));
// Only the shops that run several counters sync, and then not often: the page loads when opened.
const SyncPage = lazy(() => import('../features/sync/SyncPage').then((m) => ({ default: m.SyncPage })));

/** The page the route names. */
export function AppPages({
  route,
  settings,
  currency,
  refreshKey,
  onAddCustomer,
}: {
  route: Route;
  settings: Settings | undefined;
  currency: string;
  refreshKey: number;
  onAddCustomer: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="content">
      {route.name === 'customer' && <CustomerPage key={route.id} customerId={route.id} currency={currency} settings={settings} />}
      {route.name === 'today' && <TodayPage {...(route.day === undefined ? {} : { day: route.day })} />}
      {route.name === 'customers' && <CustomerListPage refreshKey={refreshKey} currency={currency} onAddCustomer={onAddCustomer} />}
      {route.name === 'insights' && (
        <Suspense fallback={<p className="muted page-pad">{t('app.loading')}</p>}>
          <InsightsPage />
        </Suspense>
      )}
      {route.name === 'sync' && (
        <Suspense fallback={<p className="muted page-pad">{t('app.loading')}</p>}>
          <SyncPage />
        </Suspense>
      )}
    </main>
  );
}
