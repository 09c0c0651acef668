import { z } from 'zod';
import { defineCall } from './define-call';
import { vk } from './validation';

/** The most staff one book lists; a shop or a sales team, not a company directory. */
export const maxStaff = 50;
/** The longest staff name, and the longest counter name ("王店长的电脑"). */
export const maxStaffName = 20;
export const maxCounterName = 40;

/** A staff member's name as typed: what the timeline shows after the counter ("柜台 1 · 小王"). */
export const staffNameSchema = z.string().trim().min(1, vk('staffNameNeeded')).max(maxStaffName);

export const teamSchema = z.object({
  /** The book's staff, in the order added; shared by every counter. */
  staff: z.array(z.string()),
  /** This device's name ('' while it has none: then nothing names it). */
  counterName: z.string(),
  /** Who is at this counter now (one of staff), or null: entries written here are signed with it. */
  here: z.string().nullable(),
  /** Every name customers are looked after by, staff or not (a name since removed still finds its customers). */
  responsibles: z.array(z.string()),
});

export type Team = z.infer<typeof teamSchema>;

export const teamContract = {
  'team.get': defineCall({
    summary: 'The book’s staff, this counter’s name and who is at it, and who looks after customers.',
    input: z.object({}).strict(),
    output: teamSchema,
  }),
  'team.setCounter': defineCall({
    summary: 'Name this counter, or say who is at it (a staff member, or nobody); fields left out stay as they are.',
    input: z
      .object({
        counterName: z.string().trim().max(maxCounterName).optional(),
        here: staffNameSchema.nullable().optional(),
      })
      .strict(),
    output: teamSchema,
  }),
  'team.addStaff': defineCall({
    summary: 'Add a staff member to the book (every counter gets them).',
    input: z.object({ name: staffNameSchema }).strict(),
    output: teamSchema,
  }),
  'team.renameStaff': defineCall({
    summary: 'Rename a staff member; the customers they look after follow, entries they wrote keep the name they were signed with.',
    input: z.object({ from: z.string().max(100), to: staffNameSchema }).strict(),
    output: teamSchema,
  }),
  'team.removeStaff': defineCall({
    summary: 'Take a staff member off the list; the customers they looked after keep their name until given to someone else.',
    input: z.object({ name: z.string().max(100) }).strict(),
    output: teamSchema,
  }),
};
