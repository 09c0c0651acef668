import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvCellText, csvRow, csvTextCell } from '../../../shared/domain/csv';

/** One cell as the CSV parser hands it over, before our own marks are undone. */
const unquoted = (cell: string) => Papa.parse<string[]>(cell, { delimiter: ',' }).data[0]?.[0] ?? '';

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ["'=x", "''=x"],
    ["'hello", "'hello"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['张三', '张三'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes rows with CRLF and empty cells for nothing', () => {
    expect(csvRow(['a', null, 3])).toBe('a,,3\r\n');
  });

  it.each([
    ['13800138000', '"=""13800138000"""'],
    ['+852 9844 1370 / 13900139000', '"=""+852 9844 1370 / 13900139000"""'],
    ['(021) 6543-2100', '"=""(021) 6543-2100"""'],
    ['03-12', '"=""03-12"""'],
    // Anything but phone characters is never put inside a formula: a plain, guarded cell instead.
    ['138 ext. 5', '138 ext. 5'],
    ['+86 138"&HYPERLINK("x")&"', `"'+86 138""&HYPERLINK(""x"")&"""`],
    ['1'.repeat(256), '1'.repeat(256)],
    ['', ''],
  ])('text cell %j → %j', (value, cell) => {
    expect(csvTextCell(value)).toBe(cell);
  });

  it('undoes only what the export did: the guard’s apostrophe and ="…" around phone characters', () => {
    expect(csvCellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(csvCellText("'+852 9844 1370")).toBe('+852 9844 1370');
    expect(csvCellText("''=x")).toBe("'=x");
    expect(csvCellText('="13800138000"')).toBe('13800138000');
    // A file's own apostrophes and formulas stay as they are.
    expect(csvCellText("'0755")).toBe("'0755");
    expect(csvCellText("'hello")).toBe("'hello");
    expect(csvCellText("'")).toBe("'");
    expect(csvCellText('="abc"')).toBe('="abc"');
    expect(csvCellText('=1+1')).toBe('=1+1');
  });

  it('reads back every value it writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'\'=+-@\t\r\n",;() 0123456789ab张') }), (value) => {
        expect(csvCellText(unquoted(csvCell(value)))).toBe(value);
        expect(csvCellText(unquoted(csvTextCell(value)))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});
