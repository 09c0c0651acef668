import type { Db } from '../../db/database';
import type { FoundConflict } from './conflicts.service';
import type { DocumentCipher } from './document-cipher';
import { mergeShapeOf, parseDocumentId, type DocumentBody } from './document-rows.repository';
import { mergeVersions, type FieldLoss } from './field-merge';
import type { Replica } from './pouch';

/** A document two counters wrote apart, merged field by field: what every counter will hold, and the values that lost. */
export interface MergedDocument {
  docId: string;
  storedId: string;
  keptRev: string;
  winner: DocumentBody | null;
  merged: DocumentBody;
  losses: FieldLoss[];
}

const same = (a: DocumentBody | null, b: DocumentBody | null) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a document's versions merge field by field (a customer) rather than one winning whole. */
export function mergesByField(docId: string): boolean {
  return parseDocumentId(docId)?.model.merge === 'fields';
}

/**
 * The conflicts of documents merged by field (a customer), merged: each with the winner the copy
 * chose and every losing version. Their losers are let go like any conflict's, with no whole-document
 * record (`same`); what lost is kept field by field instead. Other conflicts are answered as they came.
 */
export async function mergeFound(
  db: Db,
  winners: ReadonlyMap<string, DocumentBody | null>,
  found: readonly FoundConflict[],
): Promise<{ found: FoundConflict[]; merged: MergedDocument[] }> {
  const merged: MergedDocument[] = [];
  const byDoc = new Map<string, FoundConflict[]>();
  for (const c of found) if (mergesByField(c.docId)) byDoc.set(c.docId, [...(byDoc.get(c.docId) ?? []), c]);
  for (const [docId, conflicts] of byDoc) {
    const winner = winners.get(docId) ?? null;
    const first = conflicts[0];
    const versions = [winner, ...conflicts.map((c) => c.other)].filter((v): v is DocumentBody => v !== null);
    if (first === undefined || versions.length === 0) continue;
    const { merged: body, losses } = mergeVersions(await mergeShapeOf(db, docId), versions);
    merged.push({ docId, storedId: first.storedId, keptRev: first.keptRev, winner, merged: body, losses });
  }
  return { found: found.map((c) => (mergesByField(c.docId) ? { ...c, same: true, revive: false } : c)), merged };
}

/** The merged versions written into the copy as the newest revision over the winner, to go to the hub: only where the merge changed the winner, so counters that merged alike do not answer each other forever. */
export async function writeMerged(replica: Replica, cipher: DocumentCipher, merged: readonly MergedDocument[]): Promise<void> {
  const changed = merged.filter((m) => !same(m.winner, m.merged));
  if (changed.length === 0) return;
  const results = await replica.bulkDocs(changed.map((m) => ({ _id: m.storedId, _rev: m.keptRev, ...cipher.seal(m.docId, m.merged) })));
  const failed = results.find((r) => 'error' in r);
  // Another round merges it again: the losers are only let go after this write.
  if (failed !== undefined && 'error' in failed) throw new Error(`sync: the copy refused a merged ${failed.id ?? 'document'}`);
}
