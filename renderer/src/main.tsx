import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiContext, createAppClient } from './api';
import { App } from './app/App';
import { createI18n, initialLocale } from './app/i18n/i18n';
import { StatusProvider } from './app/status';
import { ProtectionGate } from './features/protection/ProtectionGate';
import './app/theme.css';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n(initialLocale())}>
        <ApiContext.Provider value={createAppClient()}>
          {/* Above the status line too: a locked book leaves no customer's name in the page. */}
          <ProtectionGate>
            <StatusProvider>
              <App />
            </StatusProvider>
          </ProtectionGate>
        </ApiContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
