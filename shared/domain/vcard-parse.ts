import { parseBirthday, type ParsedBirthday } from './birthday-text';

/** A contact as phones export it (iPhone 3.0, Android 2.1 with quoted-printable, Google 3.0, 4.0). */
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

interface Property {
  name: string;
  params: Map<string, string>;
  value: string;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i] ?? '';
    const hex = value.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(ch));
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on unescaped separators (";" between components, "," between values). */
function splitUnescaped(value: string, separator: string): string[] {
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
  return parts;
}

function properties(card: string): Property[] {
  // Quoted-printable soft line breaks ("=" at the end) and folded lines (CRLF + space) both continue a line.
  const joined = card.replace(/=\r?\n/g, '').replace(/\r?\n[ \t]/g, '');
  return joined
    .split(/\r?\n/)
    .filter((line) => line.includes(':'))
    .map((line) => {
      const colon = line.indexOf(':');
      const [rawName = '', ...rawParams] = line.slice(0, colon).split(';');
      const params = new Map<string, string>();
      for (const p of rawParams) {
        const [k, v] = p.split('=');
        if (v === undefined) params.set('TYPE', `${params.get('TYPE') ?? ''},${k ?? ''}`.replace(/^,/, '').toUpperCase());
        else params.set((k ?? '').toUpperCase(), v.replace(/^"|"$/g, ''));
      }
      const name = rawName.replace(/^item\d+\./i, '').toUpperCase();
      let value = line.slice(colon + 1);
      if ((params.get('ENCODING') ?? '').toUpperCase() === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value);
      return { name, params, value };
    });
}

function contactOf(card: string): VcardContact | null {
  const props = properties(card);
  const first = (name: string) => props.find((p) => p.name === name);
  const all = (name: string) => props.filter((p) => p.name === name);
  const n = first('N');
  const nParts = n === undefined ? [] : splitUnescaped(n.value, ';').map(unescape);
  const [family = '', given = ''] = nParts;
  const fn = first('FN');
  const hasHan = /[\u3400-\u9fff]/.test(family + given);
  const fromN = hasHan ? `${family}${given}` : [given, family].filter((s) => s !== '').join(' ');
  const name = (fn === undefined ? fromN : unescape(fn.value)).trim() || fromN.trim();
  const phonetic = [first('X-PHONETIC-LAST-NAME'), first('X-PHONETIC-FIRST-NAME')]
    .filter((p): p is Property => p !== undefined)
    .map((p) => unescape(p.value).trim())
    .filter((s) => s !== '')
    .join(' ');
  const adr = first('ADR');
  const address =
    adr === undefined
      ? null
      : splitUnescaped(adr.value, ';')
          .map(unescape)
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .join(' ') || null;
  const bday = first('BDAY');
  const phones = all('TEL')
    .map((p) => p.value.replace(/^tel:/i, '').trim())
    .filter((p) => /\d/.test(p));
  if (name === '' && phones.length === 0) return null;
  const text = (p: Property | undefined) => (p === undefined ? null : unescape(p.value).trim() || null);
  const org = first('ORG');
  return {
    name,
    phoneticName: phonetic === '' ? null : phonetic,
    nickname: text(first('NICKNAME')),
    phones,
    emails: all('EMAIL')
      .map((p) => p.value.trim())
      .filter((e) => e.includes('@')),
    address,
    company: org === undefined ? null : (splitUnescaped(org.value, ';').map(unescape)[0]?.trim() ?? null) || null,
    title: text(first('TITLE')),
    note: text(first('NOTE')),
    categories: all('CATEGORIES').flatMap((p) =>
      splitUnescaped(p.value, ',')
        .map(unescape)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
    birthday: bday === undefined ? null : parseBirthday(bday.value.replace(/T.*$/, '').replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')),
  };
}

/** Every contact in a .vcf file; cards with neither a name nor a phone are left out. */
export function parseVcards(text: string): VcardContact[] {
  const cards = text
    .replace(/^\uFEFF/, '')
    .split(/^BEGIN:VCARD\s*$/im)
    .slice(1);
  return cards
    .map((card) => card.split(/^END:VCARD\s*$/im)[0] ?? '')
    .flatMap((card) => {
      const contact = contactOf(card);
      return contact === null ? [] : [contact];
    });
}
