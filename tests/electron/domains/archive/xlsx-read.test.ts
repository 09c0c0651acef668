import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { readXlsxTable } from '../../../../electron/domains/archive/xlsx-read';
import { csvCellText } from '../../../../shared/domain/csv';
import { exportBook } from '../../../helpers/export-book';
import { storedZip } from '../../../helpers/stored-zip';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-xlsx-read-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A workbook the way people keep customer lists: phones typed as numbers, real date cells, formulas. */
async function customerWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户');
  book.addWorksheet('其他').addRow(['not the first sheet']);
  sheet.addRow(['姓名', '手机', '生日', '消费', '备注', '上次']);
  sheet.addRow([
    '张三',
    13800138000,
    new Date(Date.UTC(1985, 2, 12)),
    1280.5,
    { richText: [{ text: '喜欢' }, { text: '蓝色', font: { bold: true } }] },
    new Date(Date.UTC(2026, 10, 20, 14, 30)),
  ]);
  sheet.getCell('C2').numFmt = 'yyyy/m/d';
  sheet.getCell('F2').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.addRow(['李四', 8613912345678, null, { formula: 'D2*2', result: 2561 }, { text: '主页', hyperlink: 'https://example.com' }]);
  sheet.addRow([]);
  sheet.addRow(['王五', '', '', 0.1 + 0.2, { error: '#N/A' }]);
  sheet.addRow(['赵六', '0755 8888 1234', '', 1234.5]);
  sheet.getCell('D6').numFmt = '#,##0.00';
  sheet.getCell('A7').value = '合并的格子';
  sheet.mergeCells('A7:B7');
  sheet.getCell('C7').value = { formula: 'A1' };
  // Formatted but empty rows at the end, as a spreadsheet leaves them after deleting rows.
  sheet.getCell('A9').numFmt = '@';
  sheet.getCell('B10').value = '';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A zip holding one stored file: a real zip that is not a workbook. */
const plainZip = (name: string, text: string) => storedZip({ [name]: text });

describe('reading an .xlsx', () => {
  it('gives the first sheet as the texts a person sees, columns in their places', async () => {
    expect(await readXlsxTable(await customerWorkbook())).toEqual([
      ['姓名', '手机', '生日', '消费', '备注', '上次'],
      ['张三', '13800138000', '1985-03-12', '1280.5', '喜欢蓝色', '2026-11-20 14:30'],
      ['李四', '8613912345678', '', '2561', '主页', ''],
      ['', '', '', '', '', ''],
      ['王五', '', '', '0.3', '#N/A', ''],
      ['赵六', '0755 8888 1234', '', '1234.50', '', ''],
      ['合并的格子', '', '', '', '', ''],
    ]);
  });

  it('reads back our own export as the same table as its CSV', async () => {
    const app = await exportBook();
    const xlsx = path.join(dir, 'customers.xlsx');
    const csv = path.join(dir, 'customers.csv');
    await writeExport(app.ctx.db, 'xlsx', xlsx, { locale: 'zh-CN' });
    await writeExport(app.ctx.db, 'csv', csv, { locale: 'zh-CN' });
    const fromCsv = Papa.parse<string[]>(fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
      transform: csvCellText,
    }).data;
    const table = await readXlsxTable(fs.readFileSync(xlsx));
    expect(table).toEqual(fromCsv);
    expect(table[1]?.slice(0, 4)).toEqual(['张三', '', '男', '13800138000']);
  });

  it('refuses what is not a workbook, saying so', async () => {
    const notXlsx = { said: { key: 'importNotXlsx' } };
    await expect(readXlsxTable(new TextEncoder().encode('姓名,电话\n张三,138'))).rejects.toMatchObject(notXlsx);
    await expect(readXlsxTable(plainZip('photo.txt', 'hello'))).rejects.toMatchObject(notXlsx);
    const truncated = (await customerWorkbook()).slice(0, 300);
    await expect(readXlsxTable(truncated)).rejects.toMatchObject(notXlsx);
    await expect(readXlsxTable(new Uint8Array())).rejects.toMatchObject(notXlsx);
  });

  it('refuses a workbook too large to read safely', async () => {
    const bytes = await customerWorkbook();
    const tooBig = { said: { key: 'importXlsxTooBig' } };
    await expect(readXlsxTable(bytes, { megabytes: 0.001, unpackedMegabytes: 10, rows: 100 })).rejects.toMatchObject(tooBig);
    // Small on disk, large unpacked: refused before anything is unpacked.
    await expect(readXlsxTable(bytes, { megabytes: 1, unpackedMegabytes: 0.01, rows: 100 })).rejects.toMatchObject(tooBig);
    await expect(readXlsxTable(bytes, { megabytes: 1, unpackedMegabytes: 10, rows: 5 })).rejects.toMatchObject({
      said: { key: 'importXlsxTooManyRows', params: { limit: 5 } },
    });
    expect(await readXlsxTable(bytes, { megabytes: 1, unpackedMegabytes: 10, rows: 9 })).toHaveLength(7);
  });
});
