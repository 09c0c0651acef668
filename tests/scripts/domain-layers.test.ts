import fs from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { domainLayers, domainOfPath, importProblem, layerOf } from '../../scripts/domain-layers.mjs';
import { findCycles, layerProblems, readDomainGraph, type DomainGraph } from '../../scripts/domain-graph.mjs';
import plugin from '../../scripts/eslint-domain-layers.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const domainsDir = path.join(root, 'electron', 'domains');

/** The rule's messages for `code` as if it stood in electron/domains/<file>. */
function lintAs(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { 'domain-layers': plugin },
        rules: { 'domain-layers/import-downward': 'error' },
      },
    ],
    { filename: path.join(domainsDir, file) },
  );
  return messages.map((m) => m.message);
}

function graphOf(edges: Record<string, string[]>): DomainGraph {
  return new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, [`${from} imports ${to}`]]))]));
}

describe('the layer order', () => {
  it('places every domain folder once, and names no folder that is gone', () => {
    const folders = fs
      .readdirSync(domainsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const placed = domainLayers.flat();
    expect([...placed].sort()).toEqual(folders);
    expect(new Set(placed).size).toBe(placed.length);
    // A file directly in electron/domains/ would be a domain of its own outside every folder.
    expect(fs.readdirSync(domainsDir).filter((name) => name.endsWith('.ts'))).toEqual([]);
  });

  it('keeps customers at the bottom, then entries, then what reads them', () => {
    const below = (a: string, b: string) => (layerOf(a) ?? Infinity) < (layerOf(b) ?? -Infinity);
    expect(below('customers', 'entries')).toBe(true);
    for (const reader of ['care', 'value', 'search', 'insights', 'cards', 'greetings']) expect(below('entries', reader)).toBe(true);
  });

  it('names the domain of a path by its folder under electron/domains', () => {
    expect(domainOfPath(path.join(domainsDir, 'care', 'care.service.ts'))).toBe('care');
    expect(domainOfPath(path.join(domainsDir, 'loose.service.ts'))).toBe('loose.service');
    expect(domainOfPath(path.join(root, 'electron', 'db', 'database.ts'))).toBeUndefined();
  });

  it('allows only imports down the order', () => {
    expect(importProblem('search', 'customers')).toBeUndefined();
    expect(importProblem('customers', 'customers')).toBeUndefined();
    expect(importProblem('customers', 'search')).toMatch(/"customers" stands below "search"/);
    expect(importProblem('search', 'value')).toMatch(/same layer/);
    expect(importProblem('newcomer', 'customers')).toMatch(/"newcomer" has no place/);
  });
});

describe('the domains as they are', () => {
  it('import one another without a circle and never up the order', () => {
    const graph = readDomainGraph(root);
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycles(graph)).toEqual([]);
    expect(layerProblems(graph)).toEqual([]);
  });
});

describe('finding circles', () => {
  it('finds each circle once, with every domain in it', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['f'], f: ['e'], g: ['a'] });
    expect(findCycles(graph).sort()).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
    expect(findCycles(graphOf({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('reports the imports that go against the order', () => {
    const problems = layerProblems(graphOf({ customers: ['search'], search: ['customers'] }));
    expect(problems).toEqual([expect.objectContaining({ from: 'customers', to: 'search', sites: ['customers imports search'] })]);
  });
});

describe('the lint rule', () => {
  it('fires on an import up the order, in every form an import takes', () => {
    const up = /Domains import downward only: "customers" stands below "search"/;
    for (const code of [
      "import { reindexCustomer } from '../search/search-index.service';",
      "import type { Progress } from '../search/search-index.service';",
      "export { reindexCustomer } from '../search/search-index.service';",
      "export * from '../search/search-index.service';",
      "export async function later() { return import('../search/search-index.service'); }",
    ]) {
      const messages = lintAs('customers/probe.ts', code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(up);
    }
  });

  it('fires on an import across one layer, and from a domain with no place', () => {
    expect(lintAs('search/probe.ts', "import { refreshValues } from '../value/value.service';")).toEqual([
      expect.stringMatching(/"search" and "value" stand on the same layer/),
    ]);
    expect(lintAs('newcomer/probe.ts', "import { findCustomer } from '../customers/customers.repository';")).toEqual([
      expect.stringMatching(/"newcomer" has no place in the layer order/),
    ]);
  });

  it('lets a domain import down the order, within itself and outside the domains', () => {
    const code = [
      "import { findCustomer } from '../customers/customers.repository';",
      "import { bookToday } from '../settings/settings.service';",
      "import * as repo from './search.repository';",
      "import type { Db } from '../../db/database';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(lintAs('search/probe.ts', code)).toEqual([]);
  });

  it('is on for electron/domains in the project lint configuration', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(
      "import { reindexCustomer } from '../search/search-index.service';\nexport const k = reindexCustomer;\n",
      {
        filePath: path.join(domainsDir, 'customers', 'probe.ts'),
      },
    );
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['domain-layers/import-downward']);
  }, 60_000);
});
