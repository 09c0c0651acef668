import { parseBirthday, solarBirthday, type ParsedBirthday } from './birthday-text';
import { vcardCards, type VcardProperty } from './vcard-lines';

/** A contact as phones export it (iPhone 3.0, Android 2.1 with quoted-printable, Google 3.0, Outlook 2.1, 4.0). */
export interface VcardContact {
  name: string;
  phoneticName: string | null;
  nickname: string | null;
  phones: string[];
  emails: string[];
  address: string | null;
  company: string | null;
  title: string | null;
  note: string | null;
  categories: string[];
  birthday: ParsedBirthday | null;
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,:nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).replace(/\r\n?/g, '\n');
}

/** Splits on unescaped separators (";" between components, "," between values), then unescapes each. */
function components(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i] ?? '';
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + (value[i + 1] ?? '');
      i += 1;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => unescape(p).trim());
}

const hasHan = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text);

const isPreferred = (p: VcardProperty) => (p.params.get('TYPE') ?? []).includes('PREF') || (p.params.get('PREF') ?? []).length > 0;

/** The preferred ones first (TYPE=PREF, 2.1 `;PREF`, 4.0 PREF=1), each value once. */
function preferredFirst(props: VcardProperty[], read: (value: string) => string): string[] {
  const ordered = [...props.filter(isPreferred), ...props.filter((p) => !isPreferred(p))];
  return [...new Set(ordered.map((p) => read(p.value)))];
}

/** 张;三 → 张三 (family name first, no space); Smith;Anna;Maria → Anna Maria Smith. */
function nameFromN(n: VcardProperty | undefined): string {
  if (n === undefined) return '';
  const [family = '', given = '', additional = ''] = components(n.value, ';');
  if (hasHan(family + given)) return `${family}${additional}${given}`.trim();
  return [given, additional, family].filter((s) => s !== '').join(' ');
}

/** Street up to country, as the address is read: big to small without spaces in Chinese, else with commas. */
function addressOf(adr: VcardProperty | undefined): string | null {
  if (adr === undefined) return null;
  const [poBox = '', extended = '', street = '', locality = '', region = '', postcode = '', country = ''] = components(adr.value, ';').map(
    (s) => s.replace(/\s*\n\s*/g, ' '),
  );
  if (hasHan([street, locality, region, country].join(''))) {
    const bigToSmall = [country, region, locality, street, extended, poBox].filter(
      (s, i, all) => s !== '' && !(all[i + 1] ?? '').startsWith(s),
    );
    return [bigToSmall.join(''), postcode].filter((s) => s !== '').join(' ') || null;
  }
  const parts = [poBox, street, extended, locality, [region, postcode].filter((s) => s !== '').join(' '), country];
  return parts.filter((s) => s !== '').join(', ') || null;
}

/**
 * BDAY as phones write it: 1985-03-12, 19850312, --0312, --03-12, with or without a time. iPhone
 * writes a birthday without a year in 1604 (X-APPLE-OMIT-YEAR); any year a living customer cannot
 * have is dropped and the day kept.
 */
function birthdayOf(bday: VcardProperty | undefined): ParsedBirthday | null {
  if (bday === undefined) return null;
  const value = unescape(bday.value).trim();
  const dated = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/i.exec(value);
  if (dated !== null) {
    const year = Number(dated[1]);
    const omitted = (bday.params.get('X-APPLE-OMIT-YEAR') ?? []).includes(dated[1] ?? '');
    const month = Number(dated[2]);
    const day = Number(dated[3]);
    return solarBirthday(omitted ? null : year, month, day) ?? solarBirthday(null, month, day);
  }
  const yearless = /^--(\d{2})-?(\d{2})(?:T.*)?$/i.exec(value);
  if (yearless !== null) return solarBirthday(null, Number(yearless[1]), Number(yearless[2]));
  return parseBirthday(value);
}

/** A phone as written, or the number of a 4.0 `tel:` URI without its parameters (`;ext=7`). */
function phoneOf(value: string): string {
  const phone = unescape(value).trim();
  return /^tel:/i.test(phone) ? phone.slice(4).replace(/;.*$/, '').trim() : phone;
}

/** Android 2.1 has no NICKNAME: it writes X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;小王;… */
function androidNickname(props: VcardProperty[]): string | null {
  for (const p of props) {
    if (p.name !== 'X-ANDROID-CUSTOM') continue;
    const [kind = '', nickname = ''] = components(p.value, ';');
    if (kind === 'vnd.android.cursor.item/nickname' && nickname !== '') return nickname;
  }
  return null;
}

function contactOf(props: VcardProperty[]): VcardContact | null {
  const first = (name: string) => props.find((p) => p.name === name);
  const all = (name: string) => props.filter((p) => p.name === name);
  const text = (p: VcardProperty | undefined) => (p === undefined ? null : unescape(p.value).trim() || null);
  const fn = text(first('FN'));
  const name = fn ?? nameFromN(first('N'));
  const phones = preferredFirst(all('TEL'), phoneOf).filter((p) => /\d/.test(p));
  if (name === '' && phones.length === 0) return null;
  const phonetic = [first('X-PHONETIC-LAST-NAME'), first('X-PHONETIC-FIRST-NAME')]
    .map(text)
    .filter((s) => s !== null)
    .join(' ');
  const notes = all('NOTE')
    .map(text)
    .filter((s) => s !== null);
  const org = first('ORG');
  const nickname = first('NICKNAME');
  return {
    name,
    phoneticName: phonetic === '' ? null : phonetic,
    nickname: (nickname === undefined ? null : components(nickname.value, ',')[0] || null) ?? androidNickname(props),
    phones,
    emails: preferredFirst(all('EMAIL'), (v) =>
      unescape(v)
        .replace(/^mailto:/i, '')
        .trim(),
    ).filter((e) => e.includes('@')),
    address: addressOf(first('ADR')),
    company: org === undefined ? null : components(org.value, ';')[0] || null,
    title: text(first('TITLE')),
    note: notes.length === 0 ? null : notes.join('\n'),
    categories: [...new Set(all('CATEGORIES').flatMap((p) => components(p.value, ',').filter((s) => s !== '')))],
    birthday: birthdayOf(first('BDAY')),
  };
}

/** Every contact in a .vcf file; cards with neither a name nor a phone are left out. */
export function parseVcards(text: string): VcardContact[] {
  return vcardCards(text).flatMap((props) => contactOf(props) ?? []);
}
