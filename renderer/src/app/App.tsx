import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { useApi } from '../api';
import { CustomerPage } from '../features/customer/CustomerPage';
import { CustomerListPage } from '../features/customers/CustomerListPage';
import { TodayPage } from '../features/care/TodayPage';
import { preloadDialogs, SettingsDialog } from './dialogs';
import { QuickAddDialog } from '../features/customers/QuickAddDialog';
import { LookupBox, type NewCustomerSeed } from '../features/lookup/LookupBox';
import { SampleBanner } from '../features/book/SampleBanner';
import { LockButton } from '../features/protection/LockButton';
import { uiLocales } from './i18n/i18n';
import { hrefFor, navigate, useRoute } from './use-route';

// The charts library is large and only the Insights page needs it: it loads when that page opens.
const InsightsPage = lazy(() => import('../features/insights/InsightsPage').then((m) => ({ default: m.InsightsPage })));

const dialogPreloadMs = 3000;

const emptySeed: NewCustomerSeed = { name: '', phone: '' };

/** The shell: lookup always one keystroke away (Ctrl/Cmd+K), quick-add on Ctrl/Cmd+N. */
export function App() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const lookup = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(false);
  const [seed, setSeed] = useState<NewCustomerSeed>(emptySeed);
  // Fetched once here and handed down; pages that need settings do not fetch them again.
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const currency = settings?.currency ?? 'CNY';
  const [refreshKey, setRefreshKey] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sampleOpen, setSampleOpen] = useState(false);

  useEffect(() => {
    void api['settings.get']({}).then((r) => {
      if (r.ok) setSettings(r.value);
    });
    void api['book.status']({}).then((r) => {
      if (r.ok) setSampleOpen(r.value.kind === 'sample');
    });
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    // After start-up (the first page, the first lookup), not during it.
    const timer = window.setTimeout(() => void preloadDialogs(), dialogPreloadMs);
    return () => window.clearTimeout(timer);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        lookup.current?.focus();
        lookup.current?.select();
      } else if (event.key === 'Escape' && !event.defaultPrevented && (event.target === document.body || event.target === null)) {
        // Esc outside any field goes back to the customer list (dialogs and the lookup handle their own Esc).
        navigate({ name: 'customers' });
      } else if (mod && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setSeed(emptySeed);
        setAdding(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (route.name === 'customers') lookup.current?.focus();
  }, [route.name]);

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={hrefFor({ name: 'customers' })}>
          <span className="brand-mark">熟客</span>
          <span className="brand-sub">{t('app.tagline')}</span>
        </a>
        <LookupBox
          ref={lookup}
          onOpen={(id) => navigate({ name: 'customer', id })}
          onCreate={(s) => {
            setSeed(s);
            setAdding(true);
          }}
        />
        <nav className="topnav">
          <a href={hrefFor({ name: 'today' })} aria-current={route.name === 'today' ? 'page' : undefined}>
            {t('care.today')}
          </a>
          <a href={hrefFor({ name: 'customers' })} aria-current={route.name === 'customers' ? 'page' : undefined}>
            {t('app.customers')}
          </a>
          <a href={hrefFor({ name: 'insights' })} aria-current={route.name === 'insights' ? 'page' : undefined}>
            {t('insights.nav')}
          </a>
          <button
            type="button"
            className="button-primary"
            title="Ctrl+N"
            onClick={() => {
              setSeed(emptySeed);
              setAdding(true);
            }}
          >
            ＋ {t('app.newCustomer')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setSettingsOpen(true)}>
            {t('settings.title')}
          </button>
          <LockButton />
          <select
            aria-label="Language / 语言"
            className="lang-select"
            value={i18n.language}
            onChange={(e) => {
              window.localStorage.setItem('shuke.locale', e.target.value);
              void i18n.changeLanguage(e.target.value);
            }}
          >
            {uiLocales.map((l) => (
              <option key={l} value={l}>
                {l === 'zh-CN' ? '简体中文' : l === 'zh-TW' ? '繁體中文' : 'English'}
              </option>
            ))}
          </select>
        </nav>
      </header>
      {sampleOpen && <SampleBanner />}
      <main className="content">
        {route.name === 'customer' && <CustomerPage key={route.id} customerId={route.id} currency={currency} settings={settings} />}
        {route.name === 'today' && <TodayPage {...(route.day === undefined ? {} : { day: route.day })} />}
        {route.name === 'customers' && (
          <CustomerListPage
            refreshKey={refreshKey}
            currency={currency}
            onAddCustomer={() => {
              setSeed(emptySeed);
              setAdding(true);
            }}
          />
        )}
        {route.name === 'insights' && (
          <Suspense fallback={<p className="muted page-pad">{t('app.loading')}</p>}>
            <InsightsPage />
          </Suspense>
        )}
      </main>
      <SettingsDialog
        currency={currency}
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
        onSaved={(s) => {
          setSettings(s);
          setSettingsOpen(false);
          setRefreshKey((k) => k + 1);
        }}
      />
      <QuickAddDialog
        open={adding}
        seed={seed}
        onOpenChange={setAdding}
        onCreated={(customer) => {
          setAdding(false);
          setRefreshKey((k) => k + 1);
          navigate({ name: 'customer', id: customer.id });
        }}
        onOpenExisting={(id) => {
          setAdding(false);
          navigate({ name: 'customer', id });
        }}
      />
    </div>
  );
}
