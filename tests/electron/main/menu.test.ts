import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

describe('app menu', () => {
  it('offers the standard edit roles so copy and paste work from the keyboard', () => {
    const edit = menuTemplate('linux', 'Shuke').find((m) => m.label === 'Edit');
    const roles = Array.isArray(edit?.submenu) ? edit.submenu.map((i) => i.role) : [];
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('adds the app menu only on macOS', () => {
    expect(menuTemplate('darwin', 'Shuke')[0]?.label).toBe('Shuke');
    expect(menuTemplate('win32', 'Shuke')[0]?.label).toBe('File');
  });
});
