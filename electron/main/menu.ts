import type { MenuItemConstructorOptions } from 'electron';
import { exportFiles, exportFormats, type ExportFormat } from '../domains/archive/export.service';

/** The app menu: standard edit/view/window roles so copy, paste and zoom work from the keyboard. */
export interface MenuActions {
  backupTo(): void;
  restoreFrom(): void;
  exportAs(format: ExportFormat): void;
}

/**
 * Reload and DevTools are there only in a development build: in a packaged app a reload could drop
 * a half-written diary line, and DevTools would hand anyone at the keyboard the page's bridge.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  actions?: MenuActions,
  build: { development: boolean } = { development: false },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = build.development
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const bookItems: MenuItemConstructorOptions[] =
    actions === undefined
      ? []
      : [
          { label: 'Back Up To…', click: () => actions.backupTo() },
          { label: 'Restore From Backup…', click: () => actions.restoreFrom() },
          { type: 'separator' },
          {
            label: 'Export',
            submenu: exportFormats.map((format) => ({ label: `${exportFiles[format].label}…`, click: () => actions.exportAs(format) })),
          },
          { type: 'separator' },
        ];
  return [
    ...(mac
      ? [
          {
            label: appName,
            submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: [...bookItems, mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'zoom' }] },
  ];
}
