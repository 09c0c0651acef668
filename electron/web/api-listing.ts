import { z } from 'zod';
import { contract, callNames } from '../../shared/contract';

/** Every call with its input and output as JSON Schema, so scripts can discover the API. */
export function apiListing() {
  return {
    calls: callNames.map((name) => {
      const spec = contract[name];
      return {
        name,
        summary: spec.summary,
        method: 'POST',
        path: `/api/${name}`,
        input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
      };
    }),
    envelope: 'Every reply is {"ok":true,"value":...} or {"ok":false,"error":{"code":...,"message":...}}.',
  };
}
