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
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
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
  return `${lines.join('\r\n')}\r\n`;
}
