import type { ParsedInput, Team } from '../../../shared/contract';
import { maxStaff } from '../../../shared/contract/team.contract';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { renameResponsible, responsibleNames } from '../customers/customers.repository';
import { deleteSetting, readSettingsNamed, writeSetting } from '../settings/settings.repository';

/**
 * Where the team lives in the settings: the staff list is the book's (no dot: it replicates to
 * every counter); the counter's name and who is at it are this device's own (dotted: they never
 * leave it, and an archive imported elsewhere does not bring them).
 */
export const teamKeys = { staff: 'staff', counterName: 'device.name', here: 'device.staff' } as const;

function parseStaff(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
  } catch {
    return [];
  }
}

interface Counter {
  staff: string[];
  counterName: string;
  /** Who is at this counter, only while they are still on the staff list (renamed or removed elsewhere: nobody). */
  here: string | null;
}

async function readCounter(db: Db): Promise<Counter> {
  const settings = await readSettingsNamed(db, Object.values(teamKeys));
  const staff = parseStaff(settings.get(teamKeys.staff));
  const here = settings.get(teamKeys.here);
  return {
    staff,
    counterName: settings.get(teamKeys.counterName) ?? '',
    here: here !== undefined && staff.includes(here) ? here : null,
  };
}

/** The counter and staff member an entry written now is signed with (null for what is not known). */
export async function entryAuthor(db: Db): Promise<{ written_on: string | null; written_by: string | null }> {
  const { counterName, here } = await readCounter(db);
  return { written_on: counterName === '' ? null : counterName, written_by: here };
}

/** Refuses a responsible person who is not on the staff list (a typo would hide the customer from "my customers"). */
export async function checkStaffName(db: Db, name: string | null): Promise<void> {
  if (name === null) return;
  if (!(await readCounter(db)).staff.includes(name)) throw AppError.saying('INVALID_INPUT', 'staffUnknown', { name });
}

/** This counter's name ('' while it has none). */
export async function counterName(db: Db): Promise<string> {
  return (await readCounter(db)).counterName;
}

/** Names this counter ('' takes its name away). */
export async function nameCounter(db: Db, name: string): Promise<void> {
  if (name === '') await deleteSetting(db, teamKeys.counterName);
  else await writeSetting(db, teamKeys.counterName, name);
}

export async function loadTeam(db: Db): Promise<Team> {
  const counter = await readCounter(db);
  return { ...counter, responsibles: await responsibleNames(db) };
}

export function team(ctx: ServiceContext): Promise<Team> {
  return loadTeam(ctx.db);
}

export async function setCounter(ctx: ServiceContext, input: ParsedInput<'team.setCounter'>): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    if (input.here !== undefined) await checkStaffName(trx, input.here);
    if (input.counterName !== undefined) await nameCounter(trx, input.counterName);
    if (input.here === null) await deleteSetting(trx, teamKeys.here);
    else if (input.here !== undefined) await writeSetting(trx, teamKeys.here, input.here);
    return loadTeam(trx);
  });
}

async function writeStaff(db: Db, staff: readonly string[]): Promise<void> {
  await writeSetting(db, teamKeys.staff, JSON.stringify(staff));
}

function refuseTaken(staff: readonly string[], name: string): void {
  if (staff.includes(name)) throw AppError.saying('CONFLICT', 'staffNameTaken', { name });
}

export async function addStaff(ctx: ServiceContext, input: ParsedInput<'team.addStaff'>): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    const { staff } = await readCounter(trx);
    refuseTaken(staff, input.name);
    if (staff.length >= maxStaff) throw AppError.saying('INVALID_INPUT', 'staffListFull', { count: maxStaff });
    await writeStaff(trx, [...staff, input.name]);
    return loadTeam(trx);
  });
}

/** A rename keeps the place in the list, moves the customers they look after and who is at this counter. */
export async function renameStaff(ctx: ServiceContext, input: ParsedInput<'team.renameStaff'>): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    const { staff, here } = await readCounter(trx);
    if (!staff.includes(input.from)) throw AppError.saying('NOT_FOUND', 'staffUnknown', { name: input.from });
    if (input.to === input.from) return loadTeam(trx);
    refuseTaken(staff, input.to);
    await writeStaff(
      trx,
      staff.map((s) => (s === input.from ? input.to : s)),
    );
    await renameResponsible(trx, input.from, input.to, ctx.now().toISOString());
    if (here === input.from) await writeSetting(trx, teamKeys.here, input.to);
    return loadTeam(trx);
  });
}

export async function removeStaff(ctx: ServiceContext, input: ParsedInput<'team.removeStaff'>): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    const { staff, here } = await readCounter(trx);
    if (!staff.includes(input.name)) throw AppError.saying('NOT_FOUND', 'staffUnknown', { name: input.name });
    await writeStaff(
      trx,
      staff.filter((s) => s !== input.name),
    );
    if (here === input.name) await deleteSetting(trx, teamKeys.here);
    return loadTeam(trx);
  });
}
