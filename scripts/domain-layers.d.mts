// Types for scripts/domain-layers.mjs, which the lint configuration reads as plain JavaScript.
export const domainLayers: string[][];
export function layerOf(domain: string): number | undefined;
export function domainOfPath(file: string): string | undefined;
export function importProblem(from: string, to: string): string | undefined;
