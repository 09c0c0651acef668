import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/domains/archive/csv-rows';
import { guessMapping } from '../../../shared/domain/import-columns';

describe('column guessing', () => {
  it('reads the headers Outlook, Google and US sheets write, joining a name split in two', () => {
    expect(guessMapping(['First Name', 'Middle Name', 'Last Name', 'Mobile Phone', 'Home Phone', 'E-mail Address', 'Company'])).toEqual([
      'name',
      'name',
      'name',
      'phone',
      'phone',
      'email',
      'company',
    ]);
    const table = readCsv('First Name,Last Name,Mobile Phone,E-mail Address\r\nAnna,Smith,(415) 555-0132,anna@example.com\r\n');
    expect(table.rows[0]).toMatchObject({ name: 'Anna Smith', phones: ['(415) 555-0132'], email: 'anna@example.com', problems: [] });
  });

  it('joins 姓 and 名 without a space, and takes how to address them and what they dislike', () => {
    const table = readCsv('姓,名,称呼,不喜欢,手机\r\n欧阳,娜娜,娜姐,香菜、太甜,13900001111\r\n');
    expect(table.mapping).toEqual(['name', 'name', 'addressAs', 'dislikes', 'phone']);
    expect(table.rows[0]).toMatchObject({ name: '欧阳娜娜', addressAs: '娜姐', dislikes: ['香菜', '太甜'] });
  });

  it('still takes only one full-name column when two headers merely mention a customer', () => {
    expect(guessMapping(['客户姓名', '客户等级', '手机'])).toEqual(['name', null, 'phone']);
  });
});
