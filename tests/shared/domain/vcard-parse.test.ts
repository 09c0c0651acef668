import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../shared/domain/vcard-parse';
import { toVcard } from '../../../shared/domain/vcard';

describe('reading vCards', () => {
  it('reads Android 2.1 with quoted-printable UTF-8, soft line breaks and phonetic names', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=B8=89',
      'TEL;CELL:138-0013-8000',
      'TEL;HOME:021-64381234',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=96=9C=E6=AC=A2=E8=97=8F=E9=9D=92=',
      '=E8=89=B2',
      'X-PHONETIC-LAST-NAME:Zhang',
      'X-PHONETIC-FIRST-NAME:San',
      'BDAY:1985-03-12',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(text)).toEqual([
      {
        name: '张三',
        phoneticName: 'Zhang San',
        nickname: null,
        phones: ['138-0013-8000', '021-64381234'],
        emails: [],
        address: null,
        company: null,
        title: null,
        note: '喜欢藏青色',
        categories: [],
        birthday: { calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false },
      },
    ]);
  });

  it('reads iPhone/Google 3.0 and 4.0: escapes, folded lines, yearless birthdays, categories, tel URIs', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Smith;Anna;Maria;;',
      'FN:Anna Maria Smith',
      'item1.TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123',
      'EMAIL;type=INTERNET;type=HOME:anna@example.com',
      'ADR;type=HOME:;;1 High St;London;;N1 1AA;UK',
      'ORG:ACME Ltd;Sales',
      'NOTE:likes navy\\, wool\\nno perfume',
      'CATEGORIES:VIP,friends',
      'BDAY;VALUE=date:--0312',
      'NICKNAME:Annie',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:王丽',
      ' 华',
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+86-139-0000-1234',
      'BDAY:19850815',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:',
      'END:VCARD',
    ].join('\n');
    const [anna, wang, ...rest] = parseVcards(text);
    expect(anna).toMatchObject({
      name: 'Anna Maria Smith',
      phones: ['+44 7700 900123'],
      emails: ['anna@example.com'],
      address: '1 High St London N1 1AA UK',
      company: 'ACME Ltd',
      note: 'likes navy, wool\nno perfume',
      categories: ['VIP', 'friends'],
      nickname: 'Annie',
      birthday: { calendar: 'solar', year: null, month: 3, day: 12, leapMonth: false },
    });
    expect(wang).toMatchObject({ name: '王丽华', phones: ['+86-139-0000-1234'], birthday: { year: 1985, month: 8, day: 15 } });
    expect(rest).toEqual([]);
  });

  it('reads back what Shuke writes', () => {
    const card = toVcard({
      name: '欧阳娜娜',
      nickname: '娜娜',
      phones: ['13800138000'],
      email: null,
      address: null,
      company: '华美, 服饰',
      title: null,
      note: '第一行\n第二行; 分号',
      tags: ['VIP'],
      birthday: '--0312',
    });
    expect(parseVcards(card)[0]).toMatchObject({
      name: '欧阳娜娜',
      nickname: '娜娜',
      company: '华美, 服饰',
      note: '第一行\n第二行; 分号',
      categories: ['VIP'],
    });
  });
});
