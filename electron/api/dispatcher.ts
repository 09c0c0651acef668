import type { z } from 'zod';
import { contract, isCallName, type CallName } from '../../shared/contract';
import type { Result } from '../../shared/domain/result';
import { AppError } from './app-error';
import { BookGate } from './book-gate';
import type { ServiceContext } from './context';
import { handlers, type Handlers } from './handlers';

/** Turns zod's issues into one sentence a shop owner can read: "phones.0.number: phone number must contain digits". */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join('.');
    const message = plainMessage(issue);
    return where === '' ? message : `${where}: ${message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `${parts.join('; ')}${more}`;
}

// zod's default wording ("expected string, received undefined") is for programmers; say it plainly.
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (/received undefined$/.test(issue.message)) return 'is required';
    if (issue.path.length === 0)
      return `the call needs ${issue.expected === 'object' ? 'an object of named fields' : `a ${issue.expected}`}`;
    return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
  return issue.message;
}

export interface Dispatcher {
  (name: string, input: unknown): Promise<Result<unknown>>;
}

async function run<K extends CallName>(ctx: ServiceContext, table: Handlers, name: K, input: unknown): Promise<Result<unknown>> {
  const spec = contract[name];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid ${name}: ${describeIssues(parsed.error)}` } };
  }
  const handler: Handler<K> = table[name];
  const value = await handler(ctx, parsed.data as Parameters<Handler<K>>[1]);
  const checked = spec.output.safeParse(value);
  if (!checked.success) {
    // A handler answering outside the contract is our bug; the caller gets a plain message, the log the details.
    console.error(`[shuke] ${name} answered outside its contract: ${describeIssues(checked.error)}`);
    return failed(AppError.saying('INTERNAL', 'internal'));
  }
  return { ok: true, value: checked.data };
}

type Handler<K extends CallName> = Handlers[K];

function failed(error: AppError): Result<never> {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.said === undefined ? {} : error.said) } };
}

/**
 * The single entry point behind every transport (IPC, HTTP, CLI, tests): unknown call or bad
 * input is refused before any handler runs; every failure comes back as a Result.
 */
// Calls that replace the book's file: nothing else may run while they do.
const exclusiveCalls: ReadonlySet<CallName> = new Set(['backup.restore', 'backup.undoRestore']);

export function createDispatcher(ctx: ServiceContext, table: Handlers = handlers): Dispatcher {
  const gate = new BookGate();
  return async (name, input) => {
    if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: `There is no call named “${name}”.` } };
    try {
      const call = () => run(ctx, table, name, input);
      return await (exclusiveCalls.has(name) ? gate.exclusive(call) : gate.shared(call));
    } catch (error) {
      if (error instanceof AppError) return failed(error);
      console.error(`[shuke] ${name} failed`, error);
      const reason = error instanceof Error ? error.message : String(error);
      return failed(AppError.saying('INTERNAL', 'callFailed', { call: name, reason }));
    }
  };
}
