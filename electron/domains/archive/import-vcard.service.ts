import { parseVcards } from '../../../shared/domain/vcard-parse';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import type { RowDraft } from './csv-rows';
import { importDrafts, type ImportOptions, type ImportOutcome } from './import-csv.service';

/** Contacts from a phone's .vcf as import drafts; the phonetic name and nickname are kept. */
export function vcardDrafts(text: string): RowDraft[] {
  return parseVcards(text).map((c, index) => ({
    row: index + 1,
    name: c.name.slice(0, 100),
    phones: c.phones.filter((p) => p.length <= 40).slice(0, 10),
    gender: null,
    email: c.emails[0] ?? null,
    address: c.address?.slice(0, 500) ?? null,
    company: c.company?.slice(0, 200) ?? null,
    title: c.title?.slice(0, 100) ?? null,
    birthday: c.birthday,
    tags: c.categories.map((t) => t.slice(0, 40)).slice(0, 50),
    likes: [],
    notes: [c.note, c.phoneticName === null ? null : `(${c.phoneticName})`].filter((s): s is string => s !== null).join('\n') || null,
    addressAs: c.nickname?.slice(0, 40) ?? null,
    problems: [],
  }));
}

export async function importVcards(db: Db, text: string, now: Date, options: ImportOptions = {}): Promise<ImportOutcome> {
  const drafts = vcardDrafts(text);
  if (drafts.length === 0) throw AppError.saying('INVALID_INPUT', 'importNoContacts');
  return importDrafts(db, drafts, now, options);
}
