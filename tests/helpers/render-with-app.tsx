import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ShukeClient } from '../../shared/contract';
import type { UiLocale } from '../../shared/domain/salutation';
import { ApiContext } from '../../renderer/src/api';
import { createI18n } from '../../renderer/src/app/i18n/i18n';
import { StatusProvider } from '../../renderer/src/app/status';

/** Renders a piece of the UI with everything the app provides: i18n, the client, the status line. */
export function renderWithApp(ui: ReactElement, client: ShukeClient, locale: UiLocale = 'zh-CN'): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ApiContext.Provider value={client}>
        <StatusProvider>{ui}</StatusProvider>
      </ApiContext.Provider>
    </I18nextProvider>,
  );
}
