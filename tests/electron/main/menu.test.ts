import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

describe('app menu', () => {
  it('offers the standard edit roles so copy and paste work from the keyboard', () => {
    const edit = menuTemplate('linux', 'Shuke').find((m) => m.label === 'Edit');
    const roles = Array.isArray(edit?.submenu) ? edit.submenu.map((i) => i.role) : [];
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers reload and DevTools only in a development build', () => {
    const roles = (development: boolean) =>
      menuTemplate('win32', 'Shuke', undefined, { development })
        .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
        .map((i) => i.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(roles(false)).not.toContain(role);
      expect(roles(true)).toContain(role);
    }
    expect(menuTemplate('linux', 'Shuke')).toEqual(menuTemplate('linux', 'Shuke', undefined, { development: false }));
  });

  it('adds the app menu only on macOS', () => {
    expect(menuTemplate('darwin', 'Shuke')[0]?.label).toBe('Shuke');
    expect(menuTemplate('win32', 'Shuke')[0]?.label).toBe('File');
  });

  it('puts backup, restore and every export in the File menu, each calling its action', () => {
    const calls: string[] = [];
    const file = menuTemplate('linux', 'Shuke', {
      backupTo: () => calls.push('backup'),
      restoreFrom: () => calls.push('restore'),
      exportAs: (format) => calls.push(`export ${format}`),
    }).find((m) => m.label === 'File');
    const items = Array.isArray(file?.submenu) ? file.submenu : [];
    const exportMenu = items.find((i) => i.label === 'Export');
    const exports = Array.isArray(exportMenu?.submenu) ? exportMenu.submenu : [];
    expect(exports.map((i) => i.label)).toEqual([
      'Shuke archive (JSON)…',
      'Customers for Excel / WPS (.xlsx)…',
      'Customers as CSV…',
      'Purchases for Excel / WPS (.xlsx)…',
      'Purchases as CSV…',
      'Contacts for phones (vCard)…',
      'Member card balances for Excel / WPS (.xlsx)…',
      'Member card balances as CSV…',
    ]);
    for (const item of [...items, ...exports]) item.click?.(undefined as never, undefined, undefined as never);
    expect(calls).toEqual([
      'backup',
      'restore',
      'export json',
      'export xlsx',
      'export csv',
      'export purchases-xlsx',
      'export purchases-csv',
      'export vcard',
      'export cards-xlsx',
      'export cards-csv',
    ]);
  });
});
