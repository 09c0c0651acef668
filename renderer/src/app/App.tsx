import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preloadDialogs, SettingsDialog } from './dialogs';
import { QuickAddDialog } from '../features/customers/QuickAddDialog';
import { LookupBox } from '../features/lookup/LookupBox';
import { SampleBanner } from '../features/book/SampleBanner';
import { AppPages } from './AppPages';
import { TopNav } from './TopNav';
import { useQuickAdd } from './use-quick-add';
import { hrefFor, navigate, useRoute } from './use-route';
import { useShellData } from './use-shell-data';
import { useShellKeys } from './use-shell-keys';

const dialogPreloadMs = 3000;

/** The shell: lookup always one keystroke away (Ctrl/Cmd+K), quick-add on Ctrl/Cmd+N. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const lookup = useRef<HTMLInputElement>(null);
  const { adding, setAdding, seed, startAdding } = useQuickAdd();
  const { settings, setSettings, currency, refreshKey, refresh, sampleOpen } = useShellData();
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    // After start-up (the first page, the first lookup), not during it.
    const timer = window.setTimeout(() => void preloadDialogs(), dialogPreloadMs);
    return () => window.clearTimeout(timer);
  }, []);

  useShellKeys(lookup, startAdding);

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
        <LookupBox ref={lookup} onOpen={(id) => navigate({ name: 'customer', id })} onCreate={startAdding} />
        <TopNav current={route.name} onNewCustomer={() => startAdding()} onSettings={() => setSettingsOpen(true)} />
      </header>
      {sampleOpen && <SampleBanner />}
      <AppPages route={route} settings={settings} currency={currency} refreshKey={refreshKey} onAddCustomer={() => startAdding()} />
      <SettingsDialog
        currency={currency}
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
        onSaved={(s) => {
          setSettings(s);
          setSettingsOpen(false);
          refresh();
        }}
      />
      <QuickAddDialog
        open={adding}
        seed={seed}
        onOpenChange={setAdding}
        onCreated={(customer) => {
          setAdding(false);
          refresh();
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
