import fc from 'fast-check';
import { z } from 'zod';

/** The part of JSON Schema that zod writes for the contract. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface ArbitraryOptions {
  /** Ids the book already holds that fit a field (by its name): a uuid field mostly takes one. */
  ids: (field: string) => string[];
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('王丽华', '13800138821', 'zs', '50%', 'a_b', "O'Brien", '  ', ''),
);

function pick(ids: string[], i: number): string {
  return ids.length === 0 ? '00000000-0000-7000-8000-000000000000' : (ids[i % ids.length] ?? '');
}

function dayString(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

function stringOf(schema: JsonSchema, options: ArbitraryOptions, field: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid') {
    return fc.oneof(
      // Read when the value is drawn, so ids written earlier in the same run are used.
      { weight: 4, arbitrary: fc.nat().map((i) => pick(options.ids(field), i)) },
      { weight: 1, arbitrary: fc.uuid() },
    );
  }
  if (schema.format === 'date-time')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'date') return dayString();
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern !== undefined) {
    if (schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return dayString();
    if (/^\^\[A-Z\]\{3\}\$$/.test(schema.pattern)) return fc.constantFrom('CNY', 'TWD', 'HKD', 'USD');
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200));
  }
  // Days are checked by a refinement JSON Schema cannot carry; their field names say what they are.
  if (/^day$|^today$|On$|Due$|^from$|^to$/.test(field)) return fc.oneof(dayString(), text);
  const max = Math.min(schema.maxLength ?? 40, 40);
  const min = schema.minLength ?? 0;
  return text.map((s) => (s.length < min ? s.padEnd(min, 'x') : s.slice(0, Math.max(max, min))));
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000);
  const lo = Math.max(min, -1e9);
  const hi = Math.min(max, 1e9);
  return integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true });
}

function arbitraryOf(schema: JsonSchema, root: JsonSchema, options: ArbitraryOptions, depth: number, field = ''): fc.Arbitrary<unknown> {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target === undefined || depth > 4 ? fc.constant(null) : arbitraryOf(target, root, options, depth + 1, field);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices !== undefined) return fc.oneof(...choices.map((c) => arbitraryOf(c, root, options, depth + 1, field)));
  if (schema.allOf !== undefined && schema.allOf[0] !== undefined) return arbitraryOf(schema.allOf[0], root, options, depth + 1, field);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema, options, field);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems !== undefined)
        return fc.tuple(...schema.prefixItems.map((s) => arbitraryOf(s, root, options, depth + 1, field)));
      const item = schema.items === undefined ? fc.anything() : arbitraryOf(schema.items, root, options, depth + 1, field);
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) record[key] = arbitraryOf(value, root, options, depth + 1, key);
      return fc.record(record, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

/** Inputs shaped by a call's schema: most pass it, and the handler behind it runs. */
export function inputsFor(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return arbitraryOf(json, json, options, 0);
}
