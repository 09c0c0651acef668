import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';

describe('reading a CSV', () => {
  it('keeps a comma-separated file comma-separated when its cells hold tabs', () => {
    const table = readCsv('姓名,电话,备注\r\n"张\t三","=""13800138000""","a\tb"\r\n李四,139,"x\ty"\r\n');
    expect(table.rows.map((r) => [r.name, r.phones, r.notes])).toEqual([
      ['张\t三', ['13800138000'], 'a\tb'],
      ['李四', ['139'], 'x\ty'],
    ]);
  });

  it('still reads tab- and semicolon-separated files (Excel’s “Unicode text”, European Excel)', () => {
    expect(readCsv('姓名\t电话\r\n张三\t138\r\n').rows.map((r) => [r.name, r.phones])).toEqual([['张三', ['138']]]);
    expect(readCsv('姓名;电话\r\n张三;138\r\n').rows.map((r) => [r.name, r.phones])).toEqual([['张三', ['138']]]);
  });

  it('takes off the formula guard our export put on, and keeps any other leading apostrophe', () => {
    const table = readCsv(`姓名,电话,备注\r\n'=张三,'+852 9844 1370,'0755 is our area\r\n`);
    expect(table.rows.map((r) => [r.name, r.phones, r.notes])).toEqual([['=张三', ['+852 9844 1370'], "'0755 is our area"]]);
  });
});
