import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded when a spreadsheet is first read or written: requiring it takes about half a
 * second, which browser mode and the app would otherwise spend at every start.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
