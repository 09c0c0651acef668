import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0011_diary_terms_vocabulary', () => {
  it('tells whether a longer term starts with a word, reading the diary index itself', async () => {
    const { db } = await createTestDb('0009_list_indexes');
    await migrate(db, '0011_diary_terms_vocabulary');
    await sql`INSERT INTO entry_terms (rowid, body) VALUES (1, 'winter coat'), (2, 'wintertime sale')`.execute(db);
    const longer = async (word: string) =>
      (
        await sql<{
          term: string;
        }>`SELECT DISTINCT term FROM entry_terms_instances WHERE term >= ${`${word}\u0001`} AND term < ${`${word}\u{10FFFF}`}`.execute(db)
      ).rows.map((r) => r.term);
    expect(await longer('winter')).toEqual(['wintertime']);
    expect(await longer('wintertime')).toEqual([]);
    expect(await longer('coat')).toEqual([]);
    await sql`DELETE FROM entry_terms WHERE rowid = 2`.execute(db);
    expect(await longer('winter')).toEqual([]);
  });

  it('goes down to 0009 exactly', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    const before = schemaOf(sqlite);
    await migrate(db, '0011_diary_terms_vocabulary');
    await migrate(db, '0009_list_indexes');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
