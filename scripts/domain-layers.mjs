// The one place that says which domain stands on which. Bottom first: a domain folder under
// electron/domains/ imports only domains on a lower layer, never one on its own layer or above,
// so the domains cannot import in a circle. The lint rule (scripts/eslint-domain-layers.mjs) and
// the import-graph check (scripts/domain-graph.mjs) both read this list; a new domain folder
// must be placed here before it lints.
export const domainLayers = [
  // The book's own settings (its time zone and today), and how a book's key is kept.
  ['settings', 'encryption'],
  ['customers'],
  // The book's staff and this counter (its name, who is at it), who signs entries and looks after customers.
  ['team'],
  ['entries'],
  ['preferences'],
  // What is derived from customers and their entries.
  ['search', 'value'],
  // Writing a customer, an entry or a preference together with what is derived from it.
  ['diary'],
  ['cards'],
  ['care'],
  ['greetings', 'insights', 'segments'],
  // Everything about a customer as archive records: read by merges and by exports.
  ['records'],
  ['duplicates', 'recall'],
  ['archive'],
  // Opening a book: rebuilding what it derives, backups and restores, protection, the sample book.
  ['maintenance'],
  ['backup'],
  ['protection'],
  ['book'],
  // Replicating the book with other counters through a hub: reads and writes every domain's records.
  ['sync'],
];

/** The layer a domain stands on (0 is the bottom), or undefined for a domain the list lacks. */
export function layerOf(domain) {
  const index = domainLayers.findIndex((layer) => layer.includes(domain));
  return index === -1 ? undefined : index;
}

/**
 * The domain a file belongs to, from its path: the folder under electron/domains/, or for a file
 * directly in electron/domains/ its name without the extension. Undefined outside the domains.
 */
export function domainOfPath(file) {
  const parts = file.split(/[\\/]/);
  for (let i = parts.length - 3; i >= 0; i -= 1) {
    if (parts[i] === 'electron' && parts[i + 1] === 'domains') {
      const rest = parts.slice(i + 2);
      return rest.length > 1 ? rest[0] : rest[0].replace(/\.[cm]?[jt]sx?$/, '');
    }
  }
  return undefined;
}

/** Why `from` may not import `to`, or undefined when it may. */
export function importProblem(from, to) {
  if (from === to) return undefined;
  const fromLayer = layerOf(from);
  const toLayer = layerOf(to);
  if (fromLayer === undefined) return `the domain "${from}" has no place in the layer order (scripts/domain-layers.mjs)`;
  if (toLayer === undefined) return `the domain "${to}" has no place in the layer order (scripts/domain-layers.mjs)`;
  if (toLayer === fromLayer) return `"${from}" and "${to}" stand on the same layer, so neither may import the other`;
  if (toLayer > fromLayer) return `"${from}" stands below "${to}" in the layer order (scripts/domain-layers.mjs)`;
  return undefined;
}
