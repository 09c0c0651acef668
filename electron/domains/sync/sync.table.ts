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
