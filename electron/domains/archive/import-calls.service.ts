import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { lunarLabel } from '../../../shared/domain/lunar-names';
import type { ServiceContext } from '../../api/context';
import { findCustomers } from '../customers/customers.repository';
import { toSummaries } from '../customers/customer-view';
import { matchInBook, type BookMatch } from '../duplicates/book-matches.service';
import type { RowDraft } from './csv-rows';
import { importDrafts } from './import-csv.service';
import { readImportFile } from './import-file';
import { withImportProgress } from './import-progress';
import { cardOpeningProblems } from './import-card-openings';
import { unnamedPunchKind } from '../../../shared/domain/card-story-words';
import { minorDigits } from '../../../shared/domain/money';
import { defaultCurrency } from '../settings/settings.service';

type Preview = CallOutput<'import.preview'>;
type PreviewRow = Preview['rows'][number];

/** Rows shown as a sample, and at most how many problems and matches a preview lists. */
const sampleRows = 20;
const listed = 200;

function birthdayText(draft: RowDraft): string | null {
  const b = draft.birthday;
  if (b === null) return null;
  if (b.calendar === 'lunar') return lunarLabel(b.month, b.day, b.leapMonth);
  return `${b.year === null ? '' : `${b.year}-`}${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
}

export async function previewImport(ctx: ServiceContext, input: ParsedInput<'import.preview'>): Promise<Preview> {
  const currency = await defaultCurrency(ctx.db);
  const table = await readImportFile(input.file, input.mapping, minorDigits(currency));
  const matches = await matchInBook(ctx.db, table.rows);
  // Shown as a matched row's default (merge) would meet them; the run checks again with the choices made.
  const cardProblems = await cardOpeningProblems(
    ctx.db,
    table.rows.map((draft, i) => ({ draft, customerId: matches[i]?.customerId ?? null })),
  );
  for (const draft of table.rows) draft.problems.push(...(cardProblems.get(draft.row) ?? []));
  const matchedIds = [...new Set(matches.flatMap((m) => (m === null ? [] : [m.customerId])))].slice(0, listed * 2);
  const summaries = new Map((await toSummaries(ctx.db, await findCustomers(ctx.db, matchedIds), ctx.locale)).map((c) => [c.id, c]));
  const toRow = (draft: RowDraft, match: BookMatch | null): PreviewRow => {
    const customer = match === null ? undefined : summaries.get(match.customerId);
    return {
      row: draft.row,
      name: draft.name,
      phones: draft.phones,
      birthday: birthdayText(draft),
      birthdayParts: draft.birthday,
      tags: draft.tags,
      notes: draft.notes,
      problems: draft.problems,
      card:
        draft.card === undefined
          ? null
          : { ...draft.card, punches: draft.card.punches.map((p) => ({ kind: p.kind ?? unnamedPunchKind(ctx.locale), count: p.count })) },
      match:
        match === null || customer === undefined
          ? null
          : {
              customerId: customer.id,
              name: customer.name,
              phone: customer.phone,
              reason: match.reason,
              lastVisitAt: customer.lastVisitAt,
              tier: customer.tier,
            },
    };
  };
  const matched = table.rows.flatMap((draft, i) => {
    const match = matches[i] ?? null;
    return match === null ? [] : [{ draft, match }];
  });
  const bad = table.rows.filter((r) => r.problems.length > 0);
  return {
    format: table.format,
    headers: table.headers,
    mapping: table.mapping,
    total: table.rows.length,
    rows: table.rows.slice(0, sampleRows).map((draft, i) => toRow(draft, matches[i] ?? null)),
    problems: bad.slice(0, listed).map((r) => ({ row: r.row, problems: r.problems })),
    problemRows: bad.length,
    matches: matched.slice(0, listed).map(({ draft, match }) => toRow(draft, match)),
    matchCount: matched.length,
    currency,
  };
}

export async function runImport(ctx: ServiceContext, input: ParsedInput<'import.run'>): Promise<CallOutput<'import.run'>> {
  const table = await readImportFile(input.file, input.mapping, minorDigits(await defaultCurrency(ctx.db)));
  const outcome = await withImportProgress(ctx, (onProgress) =>
    importDrafts(ctx.db, table.rows, ctx.now(), {
      onProgress,
      duplicates: input.duplicates,
      choices: input.choices,
      problemRows: input.problemRows,
      dryRun: input.dryRun,
      locale: ctx.locale,
    }),
  );
  return {
    added: outcome.added,
    merged: outcome.merged,
    skipped: outcome.skipped,
    cards: outcome.cards,
    left: {
      headers: table.headers,
      rows: outcome.left.map((r) => ({ row: r.row, cells: [...(r.cells ?? [])], problems: r.problems })),
    },
  };
}
