import type { Generated } from 'kysely';

export interface SearchKeysTable {
  customer_id: string;
  kind: number;
  key: string;
}

export interface EntryDocsTable {
  doc: Generated<number>;
  entry_id: string;
  customer_id: string;
}

/** The contentless FTS5 table: only rowid (= entry_docs.doc) and the indexed body. */
export interface EntryTermsTable {
  rowid: number;
  body: string;
}
