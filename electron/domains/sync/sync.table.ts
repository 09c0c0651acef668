/** A document written since the hub last took it; `seq` grows with every write of any document. */
export interface SyncOutboxTable {
  doc_id: string;
  seq: number;
}

/** This device's replication state (hub, device name, checkpoints): never replicated itself. */
export interface SyncStateTable {
  key: string;
  value: string;
}

/** What another counter wrote to a document when this one's won; settled when the owner chose. */
export interface SyncConflictsTable {
  id: string;
  doc_id: string;
  kept_rev: string;
  other_rev: string;
  /** The other counter's document as JSON, or null when it deleted it. */
  other_body: string | null;
  settled: 'kept' | 'took_other' | null;
  settled_at: string | null;
  /** The one field of a customer whose value lost ("customers.name", "customer_tags|[\"vip\"]"); null for a whole document. */
  field: string | null;
}

/** A customer field's last change here, by hybrid logical clock (see field-stamps.ts). */
export interface SyncStampsTable {
  doc_id: string;
  field: string;
  at: string;
  prior: string | null;
  gone: number;
}
