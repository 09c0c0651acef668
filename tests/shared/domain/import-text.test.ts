import { describe, expect, it } from 'vitest';
import { parseBirthday } from '../../../shared/domain/birthday-text';
import { guessMapping } from '../../../shared/domain/import-columns';
import { decodeText } from '../../../shared/domain/text-encoding';

describe('reading spreadsheets', () => {
  it('decodes UTF-8 with or without BOM, and GBK', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode('张三'))).toEqual({ text: '张三', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31]))).toEqual({ text: '张三,1', encoding: 'gb18030' });
  });

  it('guesses columns from Chinese and English headers', () => {
    expect(guessMapping(['姓名', '手机', '生日', '地址', '备注', '喜好', '无关列'])).toEqual([
      'name',
      'phone',
      'birthday',
      'address',
      'notes',
      'likes',
      null,
    ]);
    expect(guessMapping(['Name', 'Phone', 'E-mail', 'Company', 'Birthday', 'Notes'])).toEqual([
      'name',
      'phone',
      'email',
      'company',
      'birthday',
      'notes',
    ]);
    expect(guessMapping(['客户姓名', '联系电话', '家庭电话'])).toEqual(['name', 'phone', 'phone']);
  });

  it.each([
    ['1985/3/12', { calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false }],
    ['1985-03-12', { calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false }],
    ['1985年3月12日', { calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false }],
    ['3月12日', { calendar: 'solar', year: null, month: 3, day: 12, leapMonth: false }],
    ['--0312', { calendar: 'solar', year: null, month: 3, day: 12, leapMonth: false }],
    ['03-12', { calendar: 'solar', year: null, month: 3, day: 12, leapMonth: false }],
    ['农历八月十五', { calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: false }],
    ['農曆閏四月初一', { calendar: 'lunar', year: null, month: 4, day: 1, leapMonth: true }],
    ['农历腊月廿三', { calendar: 'lunar', year: null, month: 12, day: 23, leapMonth: false }],
    ['1985/2/30', null],
    ['明年', null],
  ])('%s', (text, expected) => {
    expect(parseBirthday(text)).toEqual(expected);
  });
});
