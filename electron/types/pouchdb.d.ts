// The part of PouchDB 9 replication uses, typed here: DefinitelyTyped's @types/pouchdb-core pulls
// the DOM library into every program that includes it (a `reference lib="dom"`), which breaks
// Node's Buffer types across the main process.

declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Meta {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
    }
    type Doc<T> = T & { _id: string; _rev: string; _deleted?: boolean; _conflicts?: string[] };
    type AllDocsRow<T> =
      { key: string; error: string } | { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc<T> | null };
    interface Change<T> {
      id: string;
      seq: number | string;
      deleted?: boolean;
      doc?: Doc<T>;
      changes: { rev: string }[];
    }
    type BulkResult = { ok: true; id: string; rev: string } | { error: true | string; id?: string; message?: string; status?: number };
    interface ReplicationOptions {
      batch_size?: number;
      batches_limit?: number;
      retry?: boolean;
      live?: boolean;
    }
    interface Database<T extends object = object> {
      readonly name: string;
      allDocs(options: { keys: string[]; include_docs?: boolean }): Promise<{ rows: AllDocsRow<T>[] }>;
      allDocs(options?: { include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; limit?: number }): Promise<{
        total_rows: number;
        rows: AllDocsRow<T>[];
      }>;
      bulkDocs(docs: (Partial<T> & Meta)[]): Promise<BulkResult[]>;
      get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<Doc<T>>;
      /** Used for the copy's own local document (`_local/…`), which has fields of its own. */
      put(doc: Meta & Record<string, unknown>): Promise<{ ok: true; id: string; rev: string }>;
      changes(options: { since?: number | string; include_docs?: boolean; limit?: number; conflicts?: boolean }): Promise<{
        results: Change<T>[];
        last_seq: number | string;
      }>;
      sync(target: Database | string, options?: ReplicationOptions): PromiseLike<unknown> & { cancel(): void };
      replicate: { from(source: Database | string, options?: ReplicationOptions): PromiseLike<unknown> & { cancel(): void } };
      info(): Promise<{ doc_count: number; update_seq: number | string }>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface Static {
      new <T extends object = object>(
        name: string,
        options?: { adapter?: string; auth?: { username: string; password: string } },
      ): Database<T>;
      plugin(plugin: Plugin): Static;
      defaults(options: { adapter?: string; prefix?: string }): Static;
    }
    type Plugin = (pouch: Static) => void;
  }
  const PouchDB: PouchDB.Static;
  export = PouchDB;
}

declare module 'pouchdb-adapter-leveldb' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export = plugin;
}

declare module 'pouchdb-adapter-http' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export = plugin;
}

declare module 'pouchdb-replication' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export = plugin;
}

declare module 'pouchdb-adapter-memory' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export = plugin;
}

declare module 'express-pouchdb' {
  import type PouchDB from 'pouchdb-core';
  import type { IncomingMessage, ServerResponse } from 'node:http';
  function expressPouchDB(
    pouch: PouchDB.Static,
    options?: { mode?: string; inMemoryConfig?: boolean; logPath?: string },
  ): (request: IncomingMessage, response: ServerResponse) => void;
  export = expressPouchDB;
}
