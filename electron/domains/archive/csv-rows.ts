import Papa from 'papaparse';
import { dateOrderOf, readBirthday, type ParsedBirthday } from '../../../shared/domain/birthday-text';
import { csvCellText } from '../../../shared/domain/csv';
import { guessMapping, type ImportField } from '../../../shared/domain/import-columns';
import { readCardCells, type CardDraft } from './card-cells';
import { hasPhoneDigits } from '../../../shared/domain/phone';
import type { ImportProblem } from '../../../shared/domain/import-problems';

export interface RowDraft {
  row: number;
  name: string;
  phones: string[];
  gender: 'female' | 'male' | null;
  email: string | null;
  address: string | null;
  company: string | null;
  title: string | null;
  birthday: ParsedBirthday | null;
  tags: string[];
  likes: string[];
  notes: string | null;
  /** What they do not want (a dislikes column); absent where the source has none. */
  dislikes?: string[];
  /** From a vCard's NICKNAME or a 称呼 column: how they like to be called. */
  addressAs?: string | null;
  problems: ImportProblem[];
  /** The row's cells as read, for the file of problem rows an import can leave out. */
  cells?: readonly string[];
  /** A member card with its opening balances, from card columns (absent when the row has none). */
  card?: CardDraft;
}

/** A name split over columns (First Name, Last Name; 姓, 名): Latin halves with a space, Chinese ones without. */
function joinName(sofar: string, part: string): string {
  if (sofar === '') return part;
  return /[A-Za-z]$/.test(sofar) && /^[A-Za-z]/.test(part) ? `${sofar} ${part}` : `${sofar}${part}`;
}

export interface CsvTable {
  headers: string[];
  mapping: (ImportField | null)[];
  rows: RowDraft[];
}

const split = (text: string) =>
  text
    .split(/[,，、;；/|\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function genderOf(text: string): 'female' | 'male' | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (['女', 'f', 'female', '女士', '小姐'].includes(t)) return 'female';
  if (['男', 'm', 'male', '先生'].includes(t)) return 'male';
  return undefined;
}

/**
 * The separator, from the header line alone: a comma there makes a comma-separated file whatever
 * its cells hold (left to guess, the parser took tabs inside names or notes for the separator),
 * else a tab (Excel's "Unicode text"), else a semicolon (Excel in much of Europe).
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/[\r\n]|$/));
  return [',', '\t', ';'].find((d) => header.includes(d)) ?? ',';
}

/**
 * Reads a CSV (already decoded) into one draft per data row, using the given column mapping or a
 * guess from the headers. Row numbers are as a spreadsheet shows them (the header is row 1).
 */
export function readCsv(text: string, mapping?: (ImportField | null)[], moneyDigits = 2): CsvTable {
  // Blank lines are kept while parsing so that row numbers match what a spreadsheet shows; each
  // cell loses what our own export added for Excel (the formula guard's apostrophe, ="…" phones).
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, transform: csvCellText, delimiter: delimiterOf(body) });
  return readTable(parsed.data, mapping, moneyDigits);
}

/**
 * Reads a table of cells (a parsed CSV, or a workbook's first sheet) whose first row holds the
 * headers into one draft per data row; money columns are read with `moneyDigits` decimals (the
 * book's currency: 2 for ¥, 0 for NT$).
 */
export function readTable(table: readonly (readonly string[])[], mapping?: (ImportField | null)[], moneyDigits = 2): CsvTable {
  const [headerRow, ...data] = table;
  const headers = (headerRow ?? []).map((h) => h.trim());
  const columns = mapping ?? guessMapping(headers);
  const numbered = data
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => cells.some((c) => (c ?? '').trim() !== ''));
  const dateOrder = dateOrderOf(numbered.flatMap(({ cells }) => cells.filter((_, column) => columns[column] === 'birthday')));
  const rows = numbered.map(({ cells, row }): RowDraft => {
    const draft: RowDraft = {
      row,
      name: '',
      phones: [],
      gender: null,
      email: null,
      address: null,
      company: null,
      title: null,
      birthday: null,
      tags: [],
      likes: [],
      notes: null,
      problems: [],
      cells,
    };
    const notes: string[] = [];
    cells.forEach((raw, column) => {
      const value = (raw ?? '').trim();
      const field = columns[column];
      if (value === '' || field === null || field === undefined) return;
      if (field === 'name') draft.name = joinName(draft.name, value).slice(0, 100);
      else if (field === 'phone') {
        for (const phone of value
          .split(/[,，/;；、\s]{2,}|[,，/;；、]/)
          .map((p) => p.trim())
          .filter((p) => p !== '')) {
          if (hasPhoneDigits(phone) && phone.length <= 40) draft.phones.push(phone);
          else draft.problems.push({ kind: 'phone', value: phone });
        }
      } else if (field === 'gender') {
        const gender = genderOf(value);
        if (gender === undefined) draft.problems.push({ kind: 'gender', value });
        else draft.gender = gender;
      } else if (field === 'email') {
        if (/^[^\s@]+@[^\s@]+$/.test(value)) draft.email = value;
        else draft.problems.push({ kind: 'email', value });
      } else if (field === 'birthday') {
        const reading = readBirthday(value, { order: dateOrder });
        if (reading.ok) draft.birthday = reading.birthday;
        else draft.problems.push({ kind: reading.ambiguous ? 'birthdayAmbiguous' : 'birthday', value });
      } else if (field === 'tags') draft.tags.push(...split(value).map((t) => t.slice(0, 40)));
      else if (field === 'likes') draft.likes.push(...split(value).map((t) => t.slice(0, 200)));
      else if (field === 'dislikes') draft.dislikes = [...(draft.dislikes ?? []), ...split(value).map((t) => t.slice(0, 200))];
      else if (field === 'addressAs') draft.addressAs = value.slice(0, 40);
      else if (field === 'notes') notes.push(value);
      else if (field === 'address' || field === 'company' || field === 'title')
        draft[field] = value.slice(0, field === 'address' ? 500 : 200);
    });
    const card = readCardCells(cells, columns, headers, moneyDigits);
    if (card !== null) {
      draft.problems.push(...card.problems);
      if (card.card !== null) draft.card = card.card;
    }
    draft.notes = notes.length === 0 ? null : notes.join('\n');
    if (draft.name === '' && draft.phones.length === 0) draft.problems.push({ kind: 'missing', value: '' });
    return draft;
  });
  return { headers, mapping: columns, rows };
}
