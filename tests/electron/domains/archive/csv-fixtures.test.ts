import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';
import { decodeText } from '../../../../shared/domain/text-encoding';
import { fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = path.join(import.meta.dirname, '../../../fixtures');

function read(file: string) {
  const { text, encoding } = decodeText(fs.readFileSync(path.join(fixtures, 'csv', file)));
  const table = readCsv(text);
  return {
    encoding,
    problems: table.rows.flatMap((r) => r.problems),
    rows: table.rows.map((r) => ({
      name: r.name,
      phones: r.phones,
      birthday:
        r.birthday === null
          ? null
          : `${r.birthday.calendar} ${r.birthday.year ?? '-'}/${r.birthday.month}/${r.birthday.day}${r.birthday.leapMonth ? ' leap' : ''}`,
    })),
    table,
  };
}

describe('CSV files as spreadsheet programs save them', () => {
  it('reads what WPS saves: GBK, CRLF, Chinese headers, birthdays written every way a person does', () => {
    const { encoding, problems, rows, table } = read('wps-gbk.csv');
    expect(encoding).toBe('gb18030');
    expect(problems).toEqual([]);
    expect(table.mapping).toEqual(['name', 'phone', 'gender', 'birthday', 'notes']);
    expect(rows).toEqual([
      { name: '张三', phones: ['13800138000'], birthday: 'solar 1985/3/12' },
      { name: '王丽华', phones: ['139 0000 1234'], birthday: 'lunar -/8/15' },
      { name: '李娜', phones: ['13700001111'], birthday: 'solar -/3/12' },
      { name: '赵敏', phones: ['15900002222'], birthday: 'solar -/12/25' },
      { name: '陈晨', phones: ['18600003333'], birthday: 'solar 1985/3/12' },
      { name: '欧阳娜娜', phones: ['13500004444'], birthday: 'solar 1990/7/4' },
      { name: '周杰', phones: ['13600005555'], birthday: 'lunar 1988/12/23' },
    ]);
    expect(table.rows.map((r) => r.notes)).toEqual(['老客户', '喜欢真丝, 怕冷', null, '介绍人：王丽华', null, null, null]);
  });

  it('reads Excel "CSV UTF-8": the BOM, CRLF rows and line breaks inside quoted cells', () => {
    const { encoding, problems, rows, table } = read('excel-utf8-bom.csv');
    expect(encoding).toBe('utf-8');
    expect(problems).toEqual([]);
    expect(table.headers[0]).toBe('姓名');
    expect(rows).toEqual([
      { name: '王丽华', phones: ['138 0013 8821'], birthday: 'solar 1985/3/12' },
      { name: '张三', phones: ['13800138000'], birthday: 'solar -/12/25' },
      { name: '李娜', phones: ['+86 139 0000 1234'], birthday: 'solar 1990/7/4' },
      { name: '陈美玲', phones: ['13912345678'], birthday: null },
    ]);
    expect(table.rows.map((r) => [r.address, r.notes])).toEqual([
      ['上海市淮海中路1号', '喜欢藏青色\n不要香水'],
      ['北京市朝阳区建国路88号, 2号楼', '老客户，"王姐"介绍'],
      [null, null],
      [null, '第一行\n第二行\n第三行'],
    ]);
  });

  it('reads plain Excel CSV from Chinese Windows (GBK), with a 29 February in a leap year', () => {
    const { encoding, problems, rows, table } = read('excel-gbk.csv');
    expect(encoding).toBe('gb18030');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { name: '刘德明', phones: ['13800138000'], birthday: 'solar 1979/11/1' },
      { name: '黄小燕', phones: ['13900001234'], birthday: 'solar 1992/2/29' },
      { name: '郑强', phones: ['021-64381234'], birthday: null },
    ]);
    expect(table.rows.map((r) => [r.gender, r.company, r.notes])).toEqual([
      ['male', '华美服饰', '常买衬衫, 尺码 L'],
      ['female', null, '每月来一次\n喜欢真丝'],
      ['male', '顺丰速运', null],
    ]);
  });

  it('reads a US Excel file: m/d/yyyy birthdays and (415) 555-0132 phones', () => {
    const { problems, rows, table } = read('excel-us.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { name: 'Anna Smith', phones: ['(415) 555-0132'], birthday: 'solar 1985/3/12' },
      { name: 'Bob Jones', phones: ['+1 212-555-0188'], birthday: 'solar 1990/12/25' },
      { name: 'Carol White', phones: ['(650) 555-0100'], birthday: 'solar 1976/7/4' },
    ]);
    expect(table.rows.map((r) => [r.email, r.notes])).toEqual([
      ['anna.smith@example.com', 'Prefers navy, no wool'],
      ['bob@example.com', null],
      [null, 'Met at the fair; ask about "the red coat"'],
    ]);
  });

  it('reads every row of a file where one customer was typed twice with the same phone', () => {
    const { problems, rows } = read('duplicate-phone.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { name: '王丽华', phones: ['13800138821'], birthday: 'solar 1985/3/12' },
      { name: '张三', phones: ['13800138000'], birthday: null },
      { name: '王丽华', phones: ['138 0013 8821'], birthday: 'solar 1985/3/12' },
    ]);
  });

  it('are exactly the bytes tests/fixtures/make-fixtures.mjs writes', () => {
    for (const { file, bytes } of fixtureFiles) expect(fs.readFileSync(path.join(fixtures, file)).equals(bytes), file).toBe(true);
    expect(fs.readdirSync(path.join(fixtures, 'csv')).length + fs.readdirSync(path.join(fixtures, 'vcard')).length).toBe(
      fixtureFiles.length,
    );
  });
});
