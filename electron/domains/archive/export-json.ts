import type { Db } from '../../db/database';
import { allKeptApart } from '../duplicates/duplicates.repository';
import { allSegments } from '../segments/segments.repository';
import { allBatches } from '../greetings/greetings.repository';
import { readSettings } from '../settings/settings.repository';
import { archiveBatches } from '../records/archive-read';
import type { TextFile } from './export-file';

/** The full archive (everything, trash included; shared/contract/archive.schema.ts), one customer per line. */
export async function writeJsonArchive(db: Db, out: TextFile, now: Date): Promise<number> {
  const settings = Object.fromEntries(await readSettings(db));
  out.write(
    `{"format":"shuke-archive","version":1,"exportedAt":${JSON.stringify(now.toISOString())},"settings":${JSON.stringify(settings)},"customers":[`,
  );
  let customers = 0;
  for await (const batch of archiveBatches(db)) {
    for (const record of batch) {
      out.write(`${customers === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`);
      customers += 1;
    }
  }
  out.write(
    `\n],"keptApart":${JSON.stringify(await allKeptApart(db))},"segments":${JSON.stringify(await allSegments(db))},"greetingBatches":${JSON.stringify(await allBatches(db))}}\n`,
  );
  return customers;
}
