import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { lunarLabel } from '../../../shared/domain/lunar-names';
import type { ServiceContext } from '../../api/context';
import { readCsv } from './csv-rows';
import { importCsv } from './import-csv.service';
import { withImportProgress } from './import-progress';

export function previewCsv(_ctx: ServiceContext, input: ParsedInput<'import.csvPreview'>): Promise<CallOutput<'import.csvPreview'>> {
  const table = readCsv(input.text, input.mapping);
  return Promise.resolve({
    headers: table.headers,
    mapping: table.mapping,
    total: table.rows.length,
    rows: table.rows.slice(0, 20).map((r) => ({
      row: r.row,
      name: r.name,
      phones: r.phones,
      birthday:
        r.birthday === null
          ? null
          : r.birthday.calendar === 'lunar'
            ? lunarLabel(r.birthday.month, r.birthday.day, r.birthday.leapMonth)
            : `${r.birthday.year === null ? '' : `${r.birthday.year}-`}${String(r.birthday.month).padStart(2, '0')}-${String(r.birthday.day).padStart(2, '0')}`,
      tags: r.tags,
      notes: r.notes,
      problems: r.problems,
    })),
    problems: table.rows
      .filter((r) => r.problems.length > 0)
      .slice(0, 200)
      .map((r) => ({ row: r.row, problems: r.problems })),
  });
}

export async function importCsvCall(ctx: ServiceContext, input: ParsedInput<'import.csv'>): Promise<{ customers: number }> {
  const result = await withImportProgress(ctx, (onProgress) => importCsv(ctx.db, input.text, input.mapping, ctx.now(), { onProgress }));
  return { customers: result.customers };
}
