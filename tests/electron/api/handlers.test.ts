import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/api/handlers';

const source = fs.readFileSync(path.join(__dirname, '../../../electron/api/handlers.ts'), 'utf8');
const map = source.slice(source.indexOf('export const handlers'));

describe('the handlers map', () => {
  it('names a service for every call, never a wrapper written in the map (one signature: ctx, input)', () => {
    // `'name': service,` or the shorthand `name,`.
    const entries = [...map.matchAll(/^ {2}(?:(?:'[^']+'|[a-z]+): (.+)|([a-z]+)),$/gm)].map((m) => m[1] ?? m[2] ?? '');
    expect(entries.length).toBe(Object.keys(handlers).length);
    const wrappers = entries.filter((value) => value.includes('=>') || value.includes('('));
    expect(wrappers).toEqual([]);
  });

  it('each service takes at most the context and the call’s input', () => {
    const tooMany = Object.entries(handlers).filter(([, handler]) => handler.length > 2);
    expect(tooMany.map(([name]) => name)).toEqual([]);
  });
});
