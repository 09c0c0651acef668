// A local lint rule: a file under electron/domains/<domain>/ imports another domain only when
// that domain stands on a lower layer of scripts/domain-layers.mjs. Imports, re-exports and
// dynamic imports all count, type-only ones included.
import path from 'node:path';
import { domainOfPath, importProblem } from './domain-layers.mjs';

const importDownward = {
  meta: {
    type: 'problem',
    docs: { description: 'Domains import downward only, in the order scripts/domain-layers.mjs gives.' },
    schema: [],
    messages: { against: 'Domains import downward only: {{problem}}.' },
  },
  create(context) {
    const from = domainOfPath(context.filename);
    if (from === undefined) return {};
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = domainOfPath(path.resolve(path.dirname(context.filename), source.value));
      if (to === undefined) return;
      const problem = importProblem(from, to);
      if (problem !== undefined) context.report({ node: source, messageId: 'against', data: { problem } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { meta: { name: 'domain-layers' }, rules: { 'import-downward': importDownward } };
