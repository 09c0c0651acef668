// Prints which domain imports which under electron/domains/, the circles among them, and every
// import that goes against the layer order: `node scripts/domain-graph.mjs` (exits 1 on a
// problem). tests/scripts/domain-graph.test.ts runs the same check on every test run.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { domainOfPath, importProblem } from './domain-layers.mjs';

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Domain-level edges: from -> to -> the imports (file and specifier) that make the edge. Type-only
 * imports count too: a type from above ties the lower domain to the higher one all the same.
 */
export function readDomainGraph(root) {
  const domainsDir = path.join(root, 'electron', 'domains');
  const graph = new Map();
  for (const file of sourceFiles(domainsDir)) {
    const from = domainOfPath(file);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = domainOfPath(path.resolve(path.dirname(file), fileName));
      if (to === undefined || to === from) continue;
      const targets = graph.get(from) ?? new Map();
      graph.set(from, targets);
      const sites = targets.get(to) ?? [];
      targets.set(to, sites);
      sites.push(`${path.relative(root, file)} imports ${fileName}`);
    }
  }
  return graph;
}

/** Groups of domains that reach each other through imports (Tarjan's strongly connected components). */
export function findCycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node), index.get(to)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Every edge that goes against the layer order, with the imports that make it. */
export function layerProblems(graph) {
  const problems = [];
  for (const [from, targets] of graph) {
    for (const [to, sites] of targets) {
      const problem = importProblem(from, to);
      if (problem !== undefined) problems.push({ from, to, problem, sites });
    }
  }
  return problems;
}

function main() {
  const graph = readDomainGraph(process.cwd());
  for (const from of [...graph.keys()].sort()) {
    const targets = graph.get(from);
    console.log(`${from} -> ${[...targets.keys()].sort().join(', ')}`);
  }
  const cycles = findCycles(graph);
  const problems = layerProblems(graph);
  for (const cycle of cycles) console.log(`\ncycle: ${cycle.join(' <-> ')}`);
  for (const { from, to, problem, sites } of problems) {
    console.log(`\n${from} -> ${to}: ${problem}`);
    for (const site of sites) console.log(`  ${site}`);
  }
  if (cycles.length > 0 || problems.length > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
