/**
 * Every message a zod schema carries of its own: on the schema (`z.enum(…, { error })`), on each
 * check (`.min(1, msg)`, `.regex(re, msg)`) and on each refinement (`.refine(fn, msg)`), found by
 * walking the schema tree through zod's public `_zod.def`. Messages a superRefine adds while it
 * runs are invisible here; the source scan in tests/shared/contract/validation.test.ts covers them.
 */
export interface FoundMessage {
  /** Where in the input it applies, for the failure message: "phones.number". */
  where: string;
  message: string;
}

type Def = Record<string, unknown>;

function defOf(node: unknown): Def | null {
  if (typeof node !== 'object' || node === null || !('_zod' in node)) return null;
  const zod = node._zod;
  if (typeof zod !== 'object' || zod === null || !('def' in zod)) return null;
  const def = zod.def;
  return typeof def === 'object' && def !== null ? (def as Def) : null;
}

/** What a def's error map says, asked with an issue of no particular kind. */
function ownMessage(def: Def): string | null {
  const error = def.error;
  if (typeof error === 'string') return error;
  if (typeof error !== 'function') return null;
  const said: unknown = error({ code: 'custom', path: [], input: undefined, message: '' });
  if (typeof said === 'string') return said;
  if (typeof said === 'object' && said !== null && 'message' in said && typeof said.message === 'string') return said.message;
  return null;
}

export function schemaMessages(root: unknown): FoundMessage[] {
  const found: FoundMessage[] = [];
  const seen = new Set<unknown>();
  function walk(node: unknown, trail: string[]): void {
    const def = defOf(node);
    if (def === null || seen.has(node)) return;
    seen.add(node);
    const where = trail.join('.');
    const own = ownMessage(def);
    if (own !== null) found.push({ where, message: own });
    for (const [name, value] of Object.entries(def)) {
      if (name === 'shape' && typeof value === 'object' && value !== null) {
        for (const [field, child] of Object.entries(value)) walk(child, [...trail, field]);
      } else if (Array.isArray(value)) {
        for (const item of value) walk(item, trail);
      } else {
        walk(value, trail);
      }
    }
    if (def.type === 'lazy' && typeof def.getter === 'function') walk(def.getter(), trail);
  }
  walk(root, []);
  return found;
}
