import { newId } from '../../db/new-id';
import { z } from 'zod';
import { listFilterSchema, listSorts, type CallOutput, type ParsedInput, type Segment } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import * as repo from './segments.repository';
import type { SegmentRow } from './segments.table';

// Stored as JSON text; read back through the contract so an old or hand-edited row cannot break the list.
const storedSchema = z.object({ filter: listFilterSchema, sort: z.enum(listSorts) });

function toSegment(row: SegmentRow): Segment | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.filter);
  } catch {
    return null;
  }
  const checked = storedSchema.safeParse(parsed);
  return checked.success ? { id: row.id, name: row.name, ...checked.data } : null;
}

export async function listSegments(ctx: ServiceContext): Promise<CallOutput<'segments.list'>> {
  const rows = await repo.allSegments(ctx.db);
  return { items: rows.map(toSegment).filter((s): s is Segment => s !== null) };
}

export async function saveSegment(ctx: ServiceContext, input: ParsedInput<'segments.save'>): Promise<Segment> {
  const at = ctx.now().toISOString();
  const json = JSON.stringify({ filter: input.filter, sort: input.sort });
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findSegmentByName(trx, input.name);
    if (existing !== undefined) {
      await repo.updateSegment(trx, existing.id, json, at);
      return { id: existing.id, name: existing.name, filter: input.filter, sort: input.sort };
    }
    const id = newId();
    await repo.insertSegment(trx, { id, name: input.name, filter: json, created_at: at, updated_at: at });
    return { id, name: input.name, filter: input.filter, sort: input.sort };
  });
}

export async function removeSegment(ctx: ServiceContext, input: ParsedInput<'segments.delete'>): Promise<{ id: string }> {
  if ((await repo.deleteSegment(ctx.db, input.id)) === 0) throw notFound('segment');
  return { id: input.id };
}
