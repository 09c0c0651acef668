import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/domain/text-encoding';
import { parseVcards } from '../../../shared/domain/vcard-parse';

const read = (file: string) => decodeText(fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/vcard', file)));
const contacts = (file: string) =>
  parseVcards(read(file).text).map((c) => ({
    name: c.name,
    phones: c.phones,
    emails: c.emails,
    birthday: c.birthday === null ? null : [c.birthday.year, c.birthday.month, c.birthday.day],
    note: c.note,
  }));

describe('vCards as phones and mail programs export them', () => {
  it('reads an iPhone export: grouped item1.TEL, pref first, a folded base64 photo, a yearless birthday in 1604', () => {
    expect(contacts('iphone-3.0.vcf')).toEqual([
      {
        name: '王丽华',
        phones: ['138 0013 8821', '021 6438 1234'],
        emails: ['lihua.wang@example.com'],
        birthday: [1985, 3, 12],
        note: '喜欢藏青色, 不要香水。\n上次买了羊绒大衣; 尺码 M',
      },
      {
        name: 'Anna Maria Smith',
        phones: ['+1 (415) 555-0132', '+1 415-555-0199'],
        emails: ['anna.smith@example.com'],
        birthday: [null, 12, 25],
        note: 'Prefers navy, never wool; size M. Ask how the trip to Kyoto went and whether the scarf fitted.',
      },
      { name: '顺丰速运', phones: ['95338'], emails: [], birthday: null, note: null },
    ]);
    const [wang, anna] = parseVcards(read('iphone-3.0.vcf').text);
    expect(wang).toMatchObject({ nickname: '王姐', company: '华美服饰', title: '店长', address: '中国上海市淮海中路1号 200000' });
    expect(anna).toMatchObject({ company: 'ACME Ltd', categories: [] });
  });

  it('reads an Android 2.1 export: quoted-printable UTF-8 with soft breaks, base64 photos ending in == before a phone', () => {
    expect(contacts('android-2.1-qp.vcf')).toEqual([
      {
        name: '张三',
        phones: ['138-0013-8000', '021-64381234'],
        emails: ['zhangsan@example.com'],
        birthday: [1985, 3, 12],
        note: '喜欢藏青色，宽松的款式。\n不要香水；上次买了羊绒大衣。',
      },
      { name: '李娜', phones: ['139-0000-1234', '021-6438-5678'], emails: [], birthday: [null, 8, 15], note: null },
      { name: '', phones: ['+86 139 1234 5678'], emails: [], birthday: null, note: null },
    ]);
    expect(parseVcards(read('android-2.1-qp.vcf').text)[0]).toMatchObject({
      nickname: '小张',
      address: '上海市淮海中路1号',
      company: '华美服饰',
      title: '店长',
    });
  });

  it('reads a Google Contacts export: escapes, a photo URL, categories as tags, --MM-DD', () => {
    expect(contacts('google-contacts-3.0.vcf')).toEqual([
      {
        name: '张三',
        phones: ['+86 138 0013 8000', '021-6438-1234'],
        emails: ['zhangsan@example.com'],
        birthday: [1985, 3, 12],
        note: '第一行\n第二行; 含分号, 含逗号 \\ 反斜杠',
      },
      {
        name: 'Maria García',
        phones: ['(415) 555-0177'],
        emails: ['maria.garcia@example.com', 'm.garcia@example.org'],
        birthday: [null, 7, 4],
        note: null,
      },
    ]);
    expect(parseVcards(read('google-contacts-3.0.vcf').text).map((c) => c.categories)).toEqual([
      ['myContacts', 'VIP', '老客户'],
      ['myContacts', 'starred'],
    ]);
  });

  it('reads an Outlook 2.1 export saved in GB2312: raw and quoted-printable GBK values, X-MS- lines, a photo block', () => {
    const { encoding } = read('outlook-2.1-gb2312.vcf');
    expect(encoding).toBe('gb18030');
    expect(contacts('outlook-2.1-gb2312.vcf')).toEqual([
      {
        name: '李娜',
        phones: ['(021) 6438-1234', '139 0000 1234'],
        emails: ['li.na@example.com'],
        birthday: [1988, 8, 15],
        note: '每季度来一次，喜欢真丝和羊绒。\n生日那天送花；不要百合。',
      },
      {
        name: 'David Chen',
        phones: ['+852 9844 1370', '+852 2345 6789'],
        emails: ['david.chen@example.com'],
        birthday: [1979, 11, 1],
        note: null,
      },
    ]);
    expect(parseVcards(read('outlook-2.1-gb2312.vcf').text)[0]).toMatchObject({
      company: '华美服饰',
      title: '采购经理',
      address: '中国上海淮海中路1号 200000',
    });
  });
});
