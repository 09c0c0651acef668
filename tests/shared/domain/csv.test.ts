import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../shared/domain/csv';

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
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
});
