import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from '../../../../electron/domains/archive/xlsx-read';
import { previousReadXlsxTable } from '../../../../bench/previous/xlsx-read';

const cellArb = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('张三', '13800138000', ' 带空格 ', '=不是公式', 'A & B <c r="A1">', '两行\n备注', '&#20013;'),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 2)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.record({ formula: fc.constant('1+1'), result: fc.integer() }, { noNullPrototype: true }),
  fc.record(
    { richText: fc.array(fc.record({ text: fc.string({ maxLength: 4 }) }, { noNullPrototype: true }), { minLength: 1, maxLength: 3 }) },
    { noNullPrototype: true },
  ),
);

describe("reading an .xlsx's XML ourselves", () => {
  it('gives the same table as exceljs reading the whole workbook, for any first sheet exceljs writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.array(cellArb, { maxLength: 6 }), { nil: null, freq: 6 }), { maxLength: 12 }),
        fc.constantFrom(undefined, 'yyyy-mm-dd', '0.00', '#,##0.00', 'yyyy-mm-dd hh:mm'),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), { nil: null }),
        async (rows, numFmt, merge) => {
          const book = new ExcelJS.Workbook();
          const sheet = book.addWorksheet('客户');
          book.addWorksheet('其他').addRow(['not the first sheet']);
          rows.forEach((row, r) => {
            if (row === null) return;
            row.forEach((value, c) => {
              const cell = sheet.getCell(r + 1, c + 1);
              cell.value = value;
              if (numFmt !== undefined && (typeof value === 'number' || value instanceof Date)) cell.numFmt = numFmt;
            });
          });
          if (merge !== null) sheet.mergeCells(1, 1, merge[0], merge[1]);
          const bytes = new Uint8Array(await book.xlsx.writeBuffer());
          expect(await readXlsxTable(bytes)).toEqual(await previousReadXlsxTable(bytes));
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);
});
