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
      address: '1 High St, London, N1 1AA, UK',
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

  it('joins soft line breaks only inside quoted-printable values: a base64 photo ending in == keeps the phone after it', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Smith;Anna',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD==',
      'TEL;CELL:555-0100',
      'NOTE;QUOTED-PRINTABLE:line one=0D=0A=',
      'line two ends with =3D',
      'EMAIL:a@example.com',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(text)).toMatchObject([
      { name: 'Anna Smith', phones: ['555-0100'], note: 'line one\nline two ends with =', emails: ['a@example.com'] },
    ]);
  });

  it('skips a 2.1 base64 block up to its blank line, with or without indented lines', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Anna',
      'LOGO;BASE64:',
      'AAAAAAAA',
      'BBBBBB==',
      '',
      'TEL:555-0101',
      'KEY;ENCODING=b:AAAA',
      ' BBBB==',
      'TEL:555-0102',
      'END:VCARD',
    ].join('\n');
    expect(parseVcards(text)).toMatchObject([{ name: 'Anna', phones: ['555-0101', '555-0102'] }]);
  });

  it('decodes quoted-printable in the CHARSET it names (GBK, GB2312, GB18030), or guesses as for a file', () => {
    const card = (params: string, value: string) => `BEGIN:VCARD\r\nVERSION:2.1\r\nFN;${params}:${value}\r\nEND:VCARD\r\n`;
    expect(parseVcards(card('CHARSET=GBK;ENCODING=QUOTED-PRINTABLE', '=D5=C5=C8=FD'))[0]?.name).toBe('张三');
    expect(parseVcards(card('CHARSET=gb2312;QUOTED-PRINTABLE', '=D5=C5=C8=FD'))[0]?.name).toBe('张三');
    expect(parseVcards(card('CHARSET=GB18030;ENCODING=QUOTED-PRINTABLE', '=D5=C5=C8=FD'))[0]?.name).toBe('张三');
    expect(parseVcards(card('ENCODING=QUOTED-PRINTABLE', '=D5=C5=C8=FD'))[0]?.name).toBe('张三');
    expect(parseVcards(card('ENCODING=QUOTED-PRINTABLE', '=E5=BC=A0=E4=B8=89'))[0]?.name).toBe('张三');
    expect(parseVcards(card('CHARSET=x-unknown;ENCODING=QUOTED-PRINTABLE', '=E5=BC=A0=E4=B8=89'))[0]?.name).toBe('张三');
  });

  it('names a contact from N when FN is missing: Chinese family name first without a space, Western given name first', () => {
    const card = (n: string) => `BEGIN:VCARD\nVERSION:3.0\nN:${n}\nTEL:1\nEND:VCARD\n`;
    expect(parseVcards(card('张;三;;;'))[0]?.name).toBe('张三');
    expect(parseVcards(card('欧阳;娜娜;;;'))[0]?.name).toBe('欧阳娜娜');
    expect(parseVcards(card('Smith;Anna;Maria;Dr.;'))[0]?.name).toBe('Anna Maria Smith');
    expect(parseVcards(card('Smith;;;;'))[0]?.name).toBe('Smith');
  });

  it.each([
    ['BDAY:1985-03-12', [1985, 3, 12]],
    ['BDAY:19850312', [1985, 3, 12]],
    ['BDAY:--0312', [null, 3, 12]],
    ['BDAY:--03-12', [null, 3, 12]],
    ['BDAY:1985-03-12T00:00:00Z', [1985, 3, 12]],
    ['BDAY:19850312T000000', [1985, 3, 12]],
    ['BDAY;VALUE=date:1985-03-12', [1985, 3, 12]],
    ['BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-12', [null, 3, 12]],
    ['BDAY:1604-03-12', [null, 3, 12]],
    ['BDAY;VALUE=text:1985年3月12日', [1985, 3, 12]],
    ['BDAY:1985-02-30', null],
  ])('reads %s', (line, expected) => {
    const [contact] = parseVcards(`BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\n${line}\r\nEND:VCARD\r\n`);
    const b = contact?.birthday ?? null;
    expect(b === null ? null : [b.year, b.month, b.day]).toEqual(expected);
  });

  it('takes TYPE parameters in every style and puts the preferred phone and email first', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Anna',
      'TEL;TYPE=home:555-0100',
      'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+1-555-0101;ext=7',
      'EMAIL;TYPE=work:work@example.com',
      'EMAIL;TYPE=HOME,PREF:home@example.com',
      'item3.TEL;type=CELL;type=pref:555-0101',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(text)[0]).toMatchObject({
      phones: ['+1-555-0101', '555-0101', '555-0100'],
      emails: ['home@example.com', 'work@example.com'],
    });
  });

  it('ignores Android custom rows and Apple labels, but keeps an Android nickname', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Anna',
      'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Bob;1;;;;;;;;;;;;;',
      'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Annie;1;;;;;;;;;;;;;',
      'item1.X-ABLabel:_$!<Mobile>!$_',
      'TEL:555-0100',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(text)[0]).toMatchObject({ name: 'Anna', nickname: 'Annie', phones: ['555-0100'], note: null });
  });
});
