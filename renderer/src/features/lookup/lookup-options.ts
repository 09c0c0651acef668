import type { LookupHit } from '../../../../shared/contract';

export interface NewCustomerSeed {
  name: string;
  phone: string;
}

export type LookupOption = { kind: 'customer'; hit: LookupHit } | { kind: 'new'; seed: NewCustomerSeed; label: string };

function looksLikePhone(query: string): boolean {
  return /^[+\d][\d\s()-]{5,}$/.test(query.trim());
}

/**
 * The hits as choices; once the answer for what is typed is in and names no one, a last choice
 * adds them, by phone when it looks like one, else by name.
 */
export function lookupOptions(q: string, hits: LookupHit[], fresh: boolean, newLabel: (seed: NewCustomerSeed) => string): LookupOption[] {
  const options: LookupOption[] = hits.map((hit) => ({ kind: 'customer', hit }));
  if (q !== '' && fresh && hits.length === 0) {
    const seed = looksLikePhone(q) ? { name: '', phone: q } : { name: q, phone: '' };
    options.push({ kind: 'new', seed, label: newLabel(seed) });
  }
  return options;
}
