import type { DocumentBody } from './document-rows.repository';
import { cleanStamps, elementField, rootField, type FieldStamp, type Stamps } from './field-stamps';

/** How a document merged by field is made: its root table and key, and each part table with the columns that name a row within the document. */
export interface MergeShape {
  kind: string;
  root: string;
  key: readonly string[];
  /** Each part table, the columns naming a row within the document, and its references to rows of another part (a date's key person). */
  parts: readonly { table: string; key: readonly string[]; refs?: readonly { column: string; table: string; to: string }[] }[];
}

/** A value of one field that lost to a newer one on another counter, as a body holding only it (to show and to take back). */
export interface FieldLoss {
  field: string;
  at: string;
  body: DocumentBody;
}

type Row = Record<string, unknown>;
interface Candidate {
  value: unknown;
  stamp: FieldStamp;
}

/** Columns whose value is bookkeeping, not something a person wrote: never offered back. */
const bookkeeping = new Set(['created_at', 'updated_at']);

const unstamped: FieldStamp = { at: '' };
const json = (value: unknown) => JSON.stringify(value ?? null);
/** The newer of two candidates; equal stamps (two counters' values from before they synced) go by value, alike everywhere. */
const newer = (a: Candidate, b: Candidate) => (a.stamp.at !== b.stamp.at ? a.stamp.at > b.stamp.at : json(a.value) > json(b.value));

/**
 * Whether `loser`'s value was a change the winning side had not seen: stamped after the value the
 * winner replaced (or alike, two versions from before stamps). A value stamped as what the winner
 * replaced, or older, was seen and replaced, or is simply an older copy: nothing is lost.
 */
const wasConcurrent = (loser: FieldStamp, winner: FieldStamp) => loser.at > (winner.prior ?? '') || loser.at === winner.at;

function newest(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (best === undefined || newer(c, best)) best = c;
  return best;
}

function addLoss(losses: Map<string, FieldLoss>, field: string, at: string, body: DocumentBody): void {
  const id = `${field}@${at}@${json(body.rows)}`;
  if (!losses.has(id)) losses.set(id, { field, at, body });
}

/**
 * A row whose part it refers to did not survive the merge (a date of a key person removed on
 * another counter, edited on this one) goes with it, recorded: the merged document must hold.
 */
function dropBrokenReferences(shape: MergeShape, rows: DocumentBody['rows'], stamps: Stamps, losses: Map<string, FieldLoss>): void {
  for (const part of shape.parts) {
    for (const ref of part.refs ?? []) {
      const targets = new Set((rows[ref.table] ?? []).map((r) => r[ref.to]));
      rows[part.table] = (rows[part.table] ?? []).filter((row) => {
        const value = row[ref.column];
        if (value === null || value === undefined || targets.has(value)) return true;
        const field = elementField(
          part.table,
          part.key.map((k) => row[k]),
        );
        const held = stamps[field] ?? unstamped;
        stamps[field] = { at: held.at, ...(held.prior === undefined ? {} : { prior: held.prior }), gone: true };
        addLoss(losses, field, held.at, { kind: shape.kind, rows: { [part.table]: [row] } });
        return false;
      });
    }
  }
}

/**
 * Two or more versions of a document merged field by field: each of the root row's columns takes
 * the value with the newest stamp; each phone, tag, like, person or date (an element keyed within
 * the document) is present when its newest addition or change is newer than its newest removal,
 * and then takes its newest version. Deterministic whatever the order of the versions, so every
 * counter merging the same versions holds the same document. Answers the merged document and each
 * value a newer one replaced without having seen it.
 */
export function mergeVersions(shape: MergeShape, versions: readonly DocumentBody[]): { merged: DocumentBody; losses: FieldLoss[] } {
  const stamped = versions.map((v) => ({ rows: v.rows, stamps: cleanStamps(v.stamps) ?? {} }));
  const stamps: Stamps = {};
  const losses = new Map<string, FieldLoss>();
  const rootRows = stamped.flatMap((v) =>
    v.rows[shape.root]?.[0] === undefined ? [] : [{ row: v.rows[shape.root]?.[0] as Row, stamps: v.stamps }],
  );
  const keyOf = Object.fromEntries(shape.key.map((k) => [k, rootRows[0]?.row[k]]));
  const root: Row = {};
  const columns = [...new Set(rootRows.flatMap((r) => Object.keys(r.row)))];
  for (const column of columns) {
    if (shape.key.includes(column)) {
      root[column] = keyOf[column];
      continue;
    }
    const field = rootField(shape.root, column);
    const candidates = rootRows.filter((r) => column in r.row).map((r) => ({ value: r.row[column], stamp: r.stamps[field] ?? unstamped }));
    const winner = newest(candidates);
    if (winner === undefined) continue;
    root[column] = winner.value;
    if (winner.stamp.at !== '') stamps[field] = winner.stamp;
    if (bookkeeping.has(column)) continue;
    for (const c of candidates)
      if (json(c.value) !== json(winner.value) && wasConcurrent(c.stamp, winner.stamp))
        addLoss(losses, field, c.stamp.at, { kind: shape.kind, rows: { [shape.root]: [{ ...keyOf, [column]: c.value }] } });
  }
  const rows: DocumentBody['rows'] = { [shape.root]: [root] };
  for (const part of shape.parts) {
    const present = new Map<string, Candidate[]>();
    const gone = new Map<string, FieldStamp[]>();
    for (const v of stamped) {
      const held = new Set<string>();
      for (const row of v.rows[part.table] ?? []) {
        const field = elementField(
          part.table,
          part.key.map((k) => row[k]),
        );
        held.add(field);
        const stamp = v.stamps[field];
        present.set(field, [
          ...(present.get(field) ?? []),
          { value: row, stamp: stamp === undefined || stamp.gone === true ? unstamped : stamp },
        ]);
      }
      for (const [field, stamp] of Object.entries(v.stamps))
        if (stamp.gone === true && field.startsWith(`${part.table}|`) && !held.has(field))
          gone.set(field, [...(gone.get(field) ?? []), stamp]);
    }
    const kept: Row[] = [];
    for (const field of new Set([...present.keys(), ...gone.keys()])) {
      const winner = newest(present.get(field) ?? []);
      const removal = (gone.get(field) ?? []).reduce<FieldStamp | undefined>((a, b) => (a === undefined || b.at > a.at ? b : a), undefined);
      const stays = winner !== undefined && (removal === undefined || winner.stamp.at > removal.at);
      const decided = stays ? winner.stamp : removal;
      if (decided !== undefined && decided.at !== '') stamps[field] = decided;
      if (stays) kept.push(winner.value as Row);
      for (const c of present.get(field) ?? []) {
        if (stays && json(c.value) === json(winner.value)) continue;
        if (decided !== undefined && wasConcurrent(c.stamp, decided))
          addLoss(losses, field, c.stamp.at, { kind: shape.kind, rows: { [part.table]: [c.value as Row] } });
      }
    }
    rows[part.table] = kept.sort((a, b) => (json(a) < json(b) ? -1 : json(a) > json(b) ? 1 : 0));
  }
  dropBrokenReferences(shape, rows, stamps, losses);
  const sortedStamps = Object.fromEntries(
    Object.keys(stamps)
      .sort()
      .map((f) => [f, stamps[f] as FieldStamp]),
  );
  const merged: DocumentBody =
    Object.keys(sortedStamps).length === 0 ? { kind: shape.kind, rows } : { kind: shape.kind, rows, stamps: sortedStamps };
  return { merged, losses: [...losses.values()] };
}
