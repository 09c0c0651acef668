import { decodeText } from './text-encoding';

/** One property of a card, its value decoded from quoted-printable but still vCard-escaped. */
export interface VcardProperty {
  /** Upper case, without an iPhone group prefix (`item1.TEL` → `TEL`). */
  name: string;
  /** Upper-case parameter names; 2.1 bare parameters (`TEL;CELL;PREF`) are TYPE or ENCODING values. */
  params: Map<string, string[]>;
  value: string;
}

// Binary values: a base64 photo never ends up in a customer's text, and never eats its neighbours.
const binaryNames = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Index of the first `char` outside double quotes (parameter values may quote `:` and `;`). */
function unquotedIndex(text: string, char: string, from = 0): number {
  let quoted = false;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === char && !quoted) return i;
  }
  return -1;
}

function splitUnquoted(text: string, char: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = unquotedIndex(text, char); at >= 0; at = unquotedIndex(text, char, start)) {
    parts.push(text.slice(start, at));
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

function paramsOf(texts: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const text of texts) {
    const eq = text.indexOf('=');
    if (eq < 0) {
      const bare = text.trim().toUpperCase();
      if (bare !== '') add(bareEncodings.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const key = text.slice(0, eq).trim().toUpperCase();
    const value = text.slice(eq + 1).trim();
    // TYPE=CELL,VOICE and TYPE="voice,cell" (4.0) are lists; type=CELL;type=VOICE (iPhone) adds up.
    if (key === 'TYPE')
      add(
        key,
        splitUnquoted(value, ',').map((v) => v.replace(/"/g, '').trim().toUpperCase()),
      );
    else add(key, [value.replace(/^"(.*)"$/, '$1')]);
  }
  return params;
}

const param = (params: Map<string, string[]>, key: string) => (params.get(key) ?? [])[0]?.toUpperCase() ?? '';

function isQuotedPrintable(line: string): boolean {
  const colon = unquotedIndex(line, ':');
  const head = colon < 0 ? line : line.slice(0, colon);
  return splitUnquoted(head, ';')
    .slice(1)
    .some((p) => /^\s*(?:ENCODING\s*=\s*)?"?QUOTED-PRINTABLE"?\s*$/i.test(p));
}

/** Quoted-printable bytes read in the property's CHARSET; without one, UTF-8 if valid, else GB18030. */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...encoder.encode(value[i] ?? ''));
  }
  const array = new Uint8Array(bytes);
  if (charset !== '') {
    try {
      return new TextDecoder(charset).decode(array);
    } catch {
      // An unknown label: fall through to guessing, as for a file.
    }
  }
  return decodeText(array).text;
}

/**
 * Joins a card's physical lines into content lines. Folding (a line starting with a space or tab)
 * continues every property; in 2.1 the whitespace is part of the value, later versions drop one
 * character. A soft line break (`=` at the end) continues only a quoted-printable value.
 */
function contentLines(lines: string[]): string[] {
  const keepsFoldSpace = lines.some((l) => /^VERSION:\s*2\.1\s*$/i.test(l));
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let line = lines[i] ?? '';
    i += 1;
    // A line without a colon is no property: the rest of a 2.1 base64 block, or its closing blank line.
    if (/^[ \t]/.test(line) || !line.includes(':')) continue;
    const quotedPrintable = isQuotedPrintable(line);
    for (;;) {
      const next = lines[i];
      if (next === undefined) break;
      if (quotedPrintable && line.endsWith('=')) line = line.slice(0, -1) + next;
      else if (/^[ \t]/.test(next)) line += keepsFoldSpace ? next : next.slice(1);
      else break;
      i += 1;
    }
    out.push(line);
  }
  return out;
}

function propertyOf(line: string): VcardProperty | null {
  const colon = unquotedIndex(line, ':');
  if (colon < 0) return null;
  const [nameText = '', ...paramTexts] = splitUnquoted(line.slice(0, colon), ';');
  const name = nameText
    .trim()
    .replace(/^[A-Za-z0-9-]+\./, '')
    .toUpperCase();
  const params = paramsOf(paramTexts);
  const encoding = param(params, 'ENCODING');
  if (binaryNames.has(name) || encoding === 'B' || encoding === 'BASE64') return null;
  const raw = line.slice(colon + 1);
  const value = encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(raw, param(params, 'CHARSET').toLowerCase()) : raw;
  return { name, params, value };
}

/**
 * The cards of a .vcf file, each as its text properties (binary ones left out). A card nested in
 * another (a 2.1 AGENT) is skipped with the property that holds it.
 */
export function vcardCards(text: string): VcardProperty[][] {
  const cards: VcardProperty[][] = [];
  let card: string[] | null = null;
  let depth = 0;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const marker = line.trim().toUpperCase();
    if (marker === 'BEGIN:VCARD') {
      depth += 1;
      if (depth === 1) card = [];
    } else if (marker === 'END:VCARD' && depth > 0) {
      depth -= 1;
      if (depth === 0 && card !== null) {
        cards.push(contentLines(card).flatMap((l) => propertyOf(l) ?? []));
        card = null;
      }
    } else if (depth === 1 && card !== null) card.push(line);
  }
  return cards;
}
