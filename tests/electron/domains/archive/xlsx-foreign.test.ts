import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { readXlsxTable } from '../../../../electron/domains/archive/xlsx-read';
import { storedZip } from '../../../helpers/stored-zip';

// Workbooks not written by exceljs: the XML other programs write, which the reader scans itself.

const relsType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook's package by hand: its sheets (in the zip in the order given), strings and styles. */
function workbook(parts: {
  sheets: { name: string; xml: string; chart?: boolean }[];
  tabOrder?: number[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  prefix?: string;
}): Uint8Array {
  const p = parts.prefix ?? '';
  const order = parts.tabOrder ?? parts.sheets.map((_, i) => i);
  const files: Record<string, string> = {};
  parts.sheets.forEach((sheet, i) => {
    files[sheet.chart === true ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`] = sheet.xml;
  });
  files['_rels/.rels'] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${relsType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files['xl/workbook.xml'] =
    `<${p}workbook xmlns:r="${relsType}">${parts.workbookPr ?? ''}<${p}sheets>` +
    order.map((i) => `<${p}sheet name="${parts.sheets[i]?.name ?? ''}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</${p}sheets></${p}workbook>`;
  files['xl/_rels/workbook.xml.rels'] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    parts.sheets
      .map((s, i) =>
        s.chart === true
          ? `<Relationship Id="rId${i + 1}" Type="${relsType}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`
          : `<Relationship Id="rId${i + 1}" Type="${relsType}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rS" Type="${relsType}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rY" Type="${relsType}/styles" Target="styles.xml"/></Relationships>`;
  if (parts.strings !== undefined) files['xl/sharedStrings.xml'] = parts.strings;
  if (parts.styles !== undefined) files['xl/styles.xml'] = parts.styles;
  return storedZip(files);
}

describe('reading an .xlsx another program wrote', () => {
  it('reads each kind of cell as a person sees it', async () => {
    const bytes = workbook({
      strings:
        '<sst><si><t>张三</t></si>' +
        // A Chinese Excel's phonetic guide is not part of the text; runs are.
        '<si><r><t>喜欢</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 蓝色 </t></r><rPh sb="0" eb="2"><t>xihuan</t></rPh></si>' +
        '<si><t>A &amp; B &lt;VIP&gt; &#20013;&#x6587; line_x000D_</t></si></sst>',
      styles:
        '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="31"/><xf numFmtId="2"/><xf numFmtId="22"/></cellXfs></styleSheet>',
      sheets: [
        {
          name: '客户',
          xml:
            '<worksheet><sheetData>' +
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><r><t>李</t></r><r><t>四</t></r></is></c><c r="B2"><v>13800138000</v></c>' +
            '<c r="C2" s="1"><v>31118</v></c><c r="D2" s="2"><v>46093</v></c><c r="E2" s="3"><v>12.5</v></c></row>' +
            '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="str"><f>A1&amp;"!"</f><v>张三!</v></c>' +
            '<c r="D4"><f>1+1</f></c><c r="E4" s="4"><v>46093.6041666667</v></c></row>' +
            // Cells and rows that do not say where they are follow the one before.
            '<row><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>' +
            '<row r="7" spans="1:2"/><row r="8"><c r="A8" s="3"/></row>' +
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
        },
      ],
    });
    expect(await readXlsxTable(bytes)).toEqual([
      ['张三', '喜欢 蓝色 ', '', 'A & B <VIP> 中文 line\r', '', ''],
      ['李四', '13800138000', '1985-03-12', '2026-03-12', '12.50', ''],
      ['', '', '', '', '', ''],
      ['TRUE', '#N/A', '张三!', '', '2026-03-12 14:30', ''],
      ['1', '2', '', '', '5', '6'],
    ]);
  });

  it('takes the first worksheet in tab order, past chart sheets, whatever the zip order and namespace prefix', async () => {
    const sheet = (text: string) =>
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = workbook({
      prefix: 'x:',
      sheets: [
        { name: '其他', xml: sheet('not the first') },
        { name: '图表', xml: '<chartsheet/>', chart: true },
        { name: '客户', xml: sheet('第一张') },
      ],
      tabOrder: [1, 2, 0],
    });
    expect(await readXlsxTable(bytes)).toEqual([['第一张']]);
  });

  it('counts days from 1904 in a workbook that says so', async () => {
    const bytes = workbook({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      sheets: [{ name: 'a', xml: '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>29656</v></c></row></sheetData></worksheet>' }],
    });
    expect(await readXlsxTable(bytes)).toEqual([['1985-03-12']]);
  });

  it('refuses a zip whose sheet is not the size it declares', async () => {
    const bytes = workbook({ sheets: [{ name: 'a', xml: '<worksheet><sheetData></sheetData></worksheet>' }] });
    const view = Buffer.from(bytes);
    // Make every declared unpacked size one byte larger than what is stored.
    for (
      let at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    )
      view.writeUInt32LE(view.readUInt32LE(at + 24) + 1, at + 24);
    await expect(readXlsxTable(view)).rejects.toMatchObject({ said: { key: 'importNotXlsx' } });
  });
});

/**
 * LibreOffice, a real spreadsheet program, writes the workbook: a CSV opened in it (dates and
 * numbers recognised as it would for a person) saved as .xlsx. CI installs it (.ci/run); elsewhere
 * the test says it was skipped.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

function needSoffice(ctx: TestContext): void {
  if (hasSoffice) return;
  if (process.env.CI) throw new Error('CI must write a workbook with LibreOffice: `soffice` is missing (.ci/run installs it).');
  console.warn('SKIPPED: no `soffice` (LibreOffice) here, so no workbook written by a spreadsheet program was read.');
  ctx.skip('no soffice (LibreOffice): install libreoffice-calc-nogui to run this test');
}

describe('reading an .xlsx LibreOffice wrote', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-xlsx-lo-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the cells as LibreOffice showed them', (ctx) => {
    needSoffice(ctx);
    const csv = path.join(dir, 'customers.csv');
    fs.writeFileSync(
      csv,
      '姓名,手机,生日,消费,备注\n张三,13800138000,1985-03-12,1280.5,"喜欢 & <蓝色>"\n,,,,\n李四,8613912345678,,0.25,"两行\n备注"\n',
    );
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        dir,
        csv,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const xlsx = path.join(dir, 'customers.xlsx');
    if (!fs.existsSync(xlsx)) throw new Error(`soffice did not write the workbook: ${run.stderr} ${run.stdout}`);
    return readXlsxTable(fs.readFileSync(xlsx)).then((table) => {
      expect(table).toEqual([
        ['姓名', '手机', '生日', '消费', '备注'],
        ['张三', '13800138000', '1985-03-12', '1280.5', '喜欢 & <蓝色>'],
        ['', '', '', '', ''],
        ['李四', '8613912345678', '', '0.25', '两行\n备注'],
      ]);
    });
  }, 180_000);
});
