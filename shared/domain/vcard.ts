import { chineseSurname, isChineseName } from './salutation';

export interface VcardPerson {
  name: string;
  nickname: string | null;
  phones: string[];
  email: string | null;
  address: string | null;
  company: string | null;
  title: string | null;
  note: string | null;
  tags: string[];
  /** "1985-03-12", or "--0312" without a year. */
  birthday: string | null;
}

function escape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (RFC 6350 §3.2), between characters, never inside one's UTF-8 bytes. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const width = octets(ch.codePointAt(0) ?? 0);
    if (size + width > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += width;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Family and given names: 张三 → 张 / 三, 欧阳娜娜 → 欧阳 / 娜娜, Anna Maria Smith → Smith / Anna Maria. */
export function splitName(name: string): { family: string; given: string } {
  const trimmed = name.trim();
  if (isChineseName(trimmed)) {
    const family = chineseSurname(trimmed);
    return { family, given: trimmed.slice(family.length) };
  }
  const words = trimmed.split(/\s+/);
  if (words.length < 2) return { family: '', given: trimmed };
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') };
}

/** One contact as vCard 3.0, the version every phone's contacts app imports. */
export function toVcard(person: VcardPerson): string {
  const { family, given } = splitName(person.name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${escape(family)};${escape(given)};;;`, `FN:${escape(person.name)}`];
  if (person.nickname !== null) lines.push(`NICKNAME:${escape(person.nickname)}`);
  for (const phone of person.phones) lines.push(`TEL;TYPE=CELL:${escape(phone)}`);
  if (person.email !== null) lines.push(`EMAIL;TYPE=INTERNET:${escape(person.email)}`);
  if (person.address !== null) lines.push(`ADR:;;${escape(person.address)};;;;`);
  if (person.company !== null) lines.push(`ORG:${escape(person.company)}`);
  if (person.title !== null) lines.push(`TITLE:${escape(person.title)}`);
  if (person.birthday !== null) lines.push(`BDAY:${person.birthday}`);
  if (person.note !== null) lines.push(`NOTE:${escape(person.note)}`);
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escape).join(',')}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
