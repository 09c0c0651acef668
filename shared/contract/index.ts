import type { z } from 'zod';
import type { Result } from '../domain/result';
import { backupContract } from './backup.contract';
import { careContract } from './care.contract';
import { customersContract } from './customers.contract';
import { duplicatesContract } from './duplicates.contract';
import { entriesContract } from './entries.contract';
import { importContract } from './import.contract';
import { lookupContract } from './lookup.contract';
import { preferencesContract } from './preferences.contract';
import { recallContract } from './recall.contract';
import { settingsContract } from './settings.contract';
import { valueContract } from './value.contract';
import { insightsContract } from './insights.contract';
import { segmentsContract } from './segments.contract';
import { bookContract } from './book.contract';
import { protectionContract } from './protection.contract';
import { cardsContract } from './cards.contract';
import { greetingsContract } from './greetings.contract';
import { cardCounterContract } from './card-counter.contract';
import { exportContract } from './export.contract';
import { syncContract } from './sync.contract';
import { teamContract } from './team.contract';

/** Every call the app, browser mode, the CLI and scripts can make, by name. */
export const contract = {
  ...customersContract,
  ...entriesContract,
  ...lookupContract,
  ...preferencesContract,
  ...recallContract,
  ...settingsContract,
  ...careContract,
  ...backupContract,
  ...importContract,
  ...duplicatesContract,
  ...valueContract,
  ...insightsContract,
  ...segmentsContract,
  ...bookContract,
  ...protectionContract,
  ...cardsContract,
  ...greetingsContract,
  ...cardCounterContract,
  ...exportContract,
  ...syncContract,
  ...teamContract,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The typed client every transport provides: one function per call, each answering a Result. */
export type ShukeClient = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> };

/** A transport moves one call and brings back the raw reply; the client checks its shape. */
export type Transport = (name: CallName, input: unknown) => Promise<unknown>;

export * from './backup.contract';
export * from './sync.contract';
export * from './team.contract';
export * from './care.contract';
export * from './customers.contract';
export * from './duplicates.contract';
export * from './entries.contract';
export * from './import.contract';
export * from './lookup.contract';
export * from './protection.contract';
export * from './preferences.contract';
export * from './recall.contract';
export * from './settings.contract';
export * from './value.contract';
export * from './insights.contract';
export * from './segments.contract';
export * from './book.contract';
