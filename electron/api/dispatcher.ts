import { callNames, contract, isCallName, type CallName } from '../../shared/contract';
import { describeIssues, issuesOf } from '../../shared/contract/validation';
import type { Result } from '../../shared/domain/result';
import { AppError } from './app-error';
import { BookGate } from './book-gate';
import type { ServiceContext } from './context';
import { handlers, type Handlers } from './handlers';
import { errorText } from '../../shared/error-text';

export interface Dispatcher {
  (name: string, input: unknown): Promise<Result<unknown>>;
}

async function run<K extends CallName>(ctx: ServiceContext, table: Handlers, name: K, input: unknown): Promise<Result<unknown>> {
  const spec = contract[name];
  // The input is reported on each issue only so that a missing field can be told from a wrong one.
  const parsed = spec.input.safeParse(input, { reportInput: true });
  if (!parsed.success) return failed(AppError.invalid(name, issuesOf(parsed.error)));
  const handler: Handler<K> = table[name];
  const value = await handler(ctx, parsed.data as Parameters<Handler<K>>[1]);
  const checked = spec.output.safeParse(value);
  if (!checked.success) {
    // A handler answering outside the contract is our bug; the caller gets a plain message, the log the details.
    console.error(`[shuke] ${name} answered outside its contract: ${describeIssues(issuesOf(checked.error))}`);
    return failed(AppError.saying('INTERNAL', 'internal'));
  }
  return { ok: true, value: checked.data };
}

type Handler<K extends CallName> = Handlers[K];

/** A refusal as every transport answers it: the code, the English message, and the key the page words it by. */
export function failed(error: AppError): Result<never> {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.said === undefined ? {} : error.said) } };
}

/**
 * The single entry point behind every transport (IPC, HTTP, CLI, tests): unknown call or bad
 * input is refused before any handler runs; every failure comes back as a Result.
 */
// Calls that replace the open book or its file: nothing else may run while they do.
const exclusiveCalls: ReadonlySet<CallName> = new Set([
  'backup.restore',
  'backup.undoRestore',
  // They open the sample book in the real one's place, or back.
  'book.openSample',
  'book.openReal',
  // Every protection call but its status opens, closes or rewrites the book, or counts wrong
  // passcodes: one at a time (taken from the contract, so a new one is too).
  ...callNames.filter((name) => name.startsWith('protection.') && name !== 'protection.status'),
]);

// What a locked book answers: everything else is refused until it is unlocked.
const callsWhileLocked: ReadonlySet<CallName> = new Set(['protection.status', 'protection.unlock']);

export function createDispatcher(ctx: ServiceContext, table: Handlers = handlers): Dispatcher {
  const gate = new BookGate();
  return async (name, input) => {
    if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: `There is no call named “${name}”.` } };
    try {
      // Any call is a sign of life: the idle lock counts from the last one.
      if (ctx.book !== undefined) ctx.book.lastCallAt = Date.now();
      // Checked once the call has its turn: a lock may have happened while it waited.
      const call = () => {
        if (ctx.book?.locked === true && !callsWhileLocked.has(name)) throw AppError.saying('LOCKED', 'bookIsLocked');
        return run(ctx, table, name, input);
      };
      return await (exclusiveCalls.has(name) ? gate.exclusive(call) : gate.shared(call));
    } catch (error) {
      if (error instanceof AppError) return failed(error);
      console.error(`[shuke] ${name} failed`, error);
      const reason = errorText(error);
      return failed(AppError.saying('INTERNAL', 'callFailed', { call: name, reason }));
    }
  };
}
