import { toVcard } from '../../../shared/domain/vcard';
import type { Db } from '../../db/database';
import { archiveBatches } from '../records/archive-read';
import type { TextFile } from './export-file';

/** vCard 3.0 for phones: every customer not archived, with their solar birthday. */
export async function writeVcards(db: Db, out: TextFile): Promise<number> {
  let customers = 0;
  for await (const batch of archiveBatches(db)) {
    for (const { customer: c, phones, tags, dates } of batch) {
      if (c.archived_at !== null) continue;
      const birthday = dates.find((d) => d.kind === 'birthday' && d.person_id === null && d.calendar === 'solar');
      const mmdd = birthday === undefined ? null : `${String(birthday.month).padStart(2, '0')}${String(birthday.day).padStart(2, '0')}`;
      out.write(
        toVcard({
          name: c.name !== '' ? c.name : (phones[0]?.number ?? ''),
          nickname: c.address_as,
          phones: phones.map((p) => p.number),
          email: c.email,
          address: c.address,
          company: c.company,
          title: c.title,
          note: c.about,
          tags: tags.map((t) => t.tag),
          birthday:
            birthday === undefined || mmdd === null
              ? null
              : birthday.year === null
                ? `--${mmdd}`
                : `${birthday.year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
        }),
      );
      customers += 1;
    }
  }
  return customers;
}
