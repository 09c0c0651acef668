import fs from 'node:fs';
import path from 'node:path';
import { csvRow, utf8Bom } from '../../../shared/domain/csv';
import { toVcard } from '../../../shared/domain/vcard';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import { inReadSnapshot } from '../../db/read-snapshot';
import { readSettings } from '../settings/settings.repository';
import { allKeptApart } from '../duplicates/duplicates.repository';
import { allSegments } from '../segments/segments.repository';
import { archiveBatches } from './archive-read';

export const exportFormats = ['json', 'csv', 'purchases-csv', 'vcard'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** How each export is saved: one table for the desktop save dialog, browser downloads and the CLI. */
export const exportFiles: Record<ExportFormat, { extension: string; contentType: string; label: string }> = {
  json: { extension: 'json', contentType: 'application/json', label: 'Shuke archive (JSON)' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'Customers for Excel (CSV)' },
  'purchases-csv': { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'Purchases for Excel (CSV)' },
  vcard: { extension: 'vcf', contentType: 'text/vcard; charset=utf-8', label: 'Contacts for phones (vCard)' },
};

export function exportFormatOf(value: string): ExportFormat | undefined {
  return exportFormats.find((f) => f === value);
}

/** shuke-csv-2026-11-24.csv: what it is and when, so a USB stick of exports stays readable. */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `shuke-${format}-${now.toISOString().slice(0, 10)}.${exportFiles[format].extension}`;
}

class FileWriter {
  private readonly fd: number;
  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'wx');
  }
  write(text: string): void {
    fs.writeSync(this.fd, text);
  }
  close(): void {
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
  }
}

/**
 * Writes an export to `out` (never overwriting), one batch of customers at a time so a large book
 * does not have to fit in memory, all of it from one snapshot of the book. A failed export leaves
 * no half-written file.
 */
export async function writeExport(
  db: Db,
  format: ExportFormat,
  out: string,
  now = new Date(),
): Promise<{ file: string; customers: number }> {
  if (fs.existsSync(out)) throw AppError.saying('CONFLICT', 'exportExists', { file: out });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  const writer = new FileWriter(partial);
  let customers = 0;
  try {
    // One read snapshot for the whole file: pages taken while someone saves still agree (read-snapshot.ts).
    await inReadSnapshot(db, async (snap) => {
      if (format === 'json') {
        const settings = Object.fromEntries(await readSettings(snap));
        writer.write(
          `{"format":"shuke-archive","version":1,"exportedAt":${JSON.stringify(now.toISOString())},"settings":${JSON.stringify(settings)},"customers":[`,
        );
        for await (const batch of archiveBatches(snap)) {
          for (const record of batch) {
            writer.write(`${customers === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`);
            customers += 1;
          }
        }
        writer.write(
          `\n],"keptApart":${JSON.stringify(await allKeptApart(snap))},"segments":${JSON.stringify(await allSegments(snap))}}\n`,
        );
      } else if (format === 'csv') {
        writer.write(
          utf8Bom +
            csvRow([
              '姓名 Name',
              '称呼 Address as',
              '性别 Gender',
              '电话 Phone',
              '邮箱 Email',
              '地址 Address',
              '公司 Company',
              '职位 Title',
              '标签 Tags',
              '备注 About',
              '上次到店 Last visit',
              '到店次数 Visits',
              '创建 Created',
            ]),
        );
        for await (const batch of archiveBatches(snap)) {
          for (const { customer: c, phones, tags } of batch) {
            writer.write(
              csvRow([
                c.name,
                c.address_as,
                c.gender,
                phones.map((p) => p.number).join(' / '),
                c.email,
                c.address,
                c.company,
                c.title,
                tags.map((t) => t.tag).join(', '),
                c.about,
                c.last_visit_at,
                c.visit_count,
                c.created_at,
              ]),
            );
            customers += 1;
          }
        }
      } else if (format === 'purchases-csv') {
        writer.write(
          utf8Bom +
            csvRow([
              '日期 Date',
              '客户 Customer',
              '电话 Phone',
              '商品 Item',
              '颜色 Colour',
              '尺码 Size',
              '数量 Qty',
              '单价 Unit price',
              '金额 Amount',
              '货币 Currency',
            ]),
        );
        for await (const batch of archiveBatches(snap)) {
          for (const { customer: c, phones, entries } of batch) {
            customers += 1;
            for (const { entry, lines } of entries) {
              if (entry.kind !== 'purchase' || entry.deleted_at !== null) continue;
              for (const l of lines) {
                const money = (minor: number | null) =>
                  minor === null
                    ? null
                    : (minor / (l.currency === 'JPY' || l.currency === 'TWD' ? 1 : 100)).toFixed(
                        l.currency === 'JPY' || l.currency === 'TWD' ? 0 : 2,
                      );
                writer.write(
                  csvRow([
                    entry.occurred_at.slice(0, 10),
                    c.name,
                    phones[0]?.number ?? null,
                    l.item,
                    l.colour,
                    l.size,
                    l.quantity,
                    money(l.unit_price_minor),
                    money(l.amount_minor),
                    l.currency,
                  ]),
                );
              }
            }
          }
        }
      } else {
        for await (const batch of archiveBatches(snap)) {
          for (const { customer: c, phones, tags, dates } of batch) {
            if (c.archived_at !== null) continue;
            const birthday = dates.find((d) => d.kind === 'birthday' && d.person_id === null && d.calendar === 'solar');
            const mmdd =
              birthday === undefined ? null : `${String(birthday.month).padStart(2, '0')}${String(birthday.day).padStart(2, '0')}`;
            writer.write(
              toVcard({
                name: c.name !== '' ? c.name : (phones[0]?.number ?? ''),
                nickname: c.address_as,
                phones: phones.map((p) => p.number),
                email: c.email,
                address: c.address,
                company: c.company,
                title: c.title,
                note: c.about,
                tags: tags.map((t) => t.tag),
                birthday:
                  birthday === undefined || mmdd === null
                    ? null
                    : birthday.year === null
                      ? `--${mmdd}`
                      : `${birthday.year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
              }),
            );
            customers += 1;
          }
        }
      }
    });
    writer.close();
    fs.renameSync(partial, out);
    return { file: out, customers };
  } catch (error) {
    try {
      writer.close();
    } catch {
      // already closed
    }
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
