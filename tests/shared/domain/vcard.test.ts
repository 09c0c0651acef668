import { describe, expect, it } from 'vitest';
import { foldLine, splitName, toVcard } from '../../../shared/domain/vcard';

describe('vCard', () => {
  it('splits Chinese and English names', () => {
    expect(splitName('张三')).toEqual({ family: '张', given: '三' });
    expect(splitName('欧阳娜娜')).toEqual({ family: '欧阳', given: '娜娜' });
    expect(splitName('Anna Maria Smith')).toEqual({ family: 'Smith', given: 'Anna Maria' });
  });

  it('writes vCard 3.0 with escaping, phones, a yearless birthday and categories', () => {
    const card = toVcard({
      name: '王丽华',
      nickname: '王姐',
      phones: ['138 0013 8821', '021-64381234'],
      email: 'wang@example.com',
      address: '上海市, 淮海路 1 号',
      company: '华美服饰',
      title: null,
      note: '喜欢藏青色;\n不要香水',
      tags: ['VIP', '老客户'],
      birthday: '--0312',
    });
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:王;丽华;;;',
      'FN:王丽华',
      'NICKNAME:王姐',
      'TEL;TYPE=CELL:138 0013 8821',
      'TEL;TYPE=CELL:021-64381234',
      'EMAIL;TYPE=INTERNET:wang@example.com',
      'ADR:;;上海市\\, 淮海路 1 号;;;;',
      'ORG:华美服饰',
      'BDAY:--0312',
      'NOTE:喜欢藏青色\\;\\n不要香水',
      'CATEGORIES:VIP,老客户',
      'END:VCARD',
      '',
    ]);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'藏'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded).toEqual([`NOTE:${'藏'.repeat(23)}`, ` ${'藏'.repeat(7)}`]);
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine(`${'x'.repeat(74)}😀`)).toBe(`${'x'.repeat(74)}\r\n 😀`);
  });
});
