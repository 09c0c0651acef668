// Types for scripts/domain-graph.mjs, which plain Node runs to print the domains' import graph.
export type DomainGraph = Map<string, Map<string, string[]>>;
export function readDomainGraph(root: string): DomainGraph;
export function findCycles(graph: DomainGraph): string[][];
export function layerProblems(graph: DomainGraph): { from: string; to: string; problem: string; sites: string[] }[];
