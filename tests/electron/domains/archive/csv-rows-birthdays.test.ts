import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';

const birthdays = (csv: string) =>
  readCsv(csv).rows.map((r) => [r.birthday === null ? null : [r.birthday.year, r.birthday.month, r.birthday.day], r.problems]);

describe('birthdays in a CSV, read in the order the file writes them', () => {
  it('reads 03/04 month first in a US or Chinese file, day first where another row proves it', () => {
    expect(birthdays('Name,Birthday\r\nAnn,03/04/1985\r\nBob,12/25/1990\r\n')).toEqual([
      [[1985, 3, 4], []],
      [[1990, 12, 25], []],
    ]);
    expect(birthdays('Name,Birthday\r\nAnn,03/04/1985\r\nBob,25/12/1990\r\n')).toEqual([
      [[1985, 4, 3], []],
      [[1990, 12, 25], []],
    ]);
  });

  it('refuses as ambiguous only the rows both orders read when the file writes both, and names them', () => {
    expect(birthdays('姓名,生日\r\n甲,03/04/1985\r\n乙,25/12/1990\r\n丙,12/25/1990\r\n丁,2月30日\r\n戊,05/05/1990\r\n')).toEqual([
      [null, [{ kind: 'birthdayAmbiguous', value: '03/04/1985' }]],
      [[1990, 12, 25], []],
      [[1990, 12, 25], []],
      [null, [{ kind: 'birthday', value: '2月30日' }]],
      [[1990, 5, 5], []],
    ]);
  });

  it('decides the order from the birthday column only', () => {
    expect(birthdays('Name,Note,Birthday\r\nAnn,25/12,03/04/1985\r\n')).toEqual([[[1985, 3, 4], []]]);
  });
});
