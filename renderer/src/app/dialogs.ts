// The heavier dialogs, each fetched on demand (see lazy-dialog.tsx): the page a person starts on
// loads and answers the first lookup without their code.
import { lazyDialog } from './lazy-dialog';

export const SettingsDialog = lazyDialog(() => import('../features/settings/SettingsDialog').then((m) => m.SettingsDialog));
export const ImportDialog = lazyDialog(() => import('../features/import/ImportDialog').then((m) => m.ImportDialog));
export const DuplicatesDialog = lazyDialog(() => import('../features/duplicates/DuplicatesDialog').then((m) => m.DuplicatesDialog));
export const EditCustomerDialog = lazyDialog(() => import('../features/customer/EditCustomerDialog').then((m) => m.EditCustomerDialog));
export const EnableProtectionDialog = lazyDialog(() =>
  import('../features/protection/EnableProtectionDialog').then((m) => m.EnableProtectionDialog),
);
export const GreetingsDialog = lazyDialog(() => import('../features/greetings/GreetingsDialog').then((m) => m.GreetingsDialog));

/** Once the page is idle after its start, every dialog's code is fetched, so none waits on its first opening. */
export function preloadDialogs(): Promise<unknown> {
  return Promise.all(
    [SettingsDialog, ImportDialog, DuplicatesDialog, EditCustomerDialog, EnableProtectionDialog, GreetingsDialog].map((d) => d.preload()),
  );
}
