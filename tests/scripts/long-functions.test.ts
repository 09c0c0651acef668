import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** A function of `lines` lines in all (its first and last line included). */
function functionOf(lines: number, comment = ''): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  total += ${i};`);
  return [comment, 'export function long(): number {', '  let total = 0;', ...body, '  return total;', '}', ''].join('\n');
}

async function ruleIds(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, file) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('functions over 80 lines', () => {
  it('fail the lint in electron/ and renderer/, and pass at 80', async () => {
    expect(await ruleIds('electron/domains/customers/probe.ts', functionOf(81))).toEqual(['max-lines-per-function']);
    expect(await ruleIds('renderer/src/features/probe.tsx', functionOf(81))).toEqual(['max-lines-per-function']);
    expect(await ruleIds('electron/domains/customers/probe.ts', functionOf(80))).toEqual([]);
  }, 60_000);

  it('pass when a comment says why', async () => {
    const why = '// eslint-disable-next-line max-lines-per-function -- one table of steps reads better whole';
    expect(await ruleIds('electron/domains/customers/probe.ts', functionOf(120, why))).toEqual([]);
  }, 60_000);

  it('are never let through without a reason', () => {
    const silent = [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'renderer', 'src'))].flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /eslint-disable.*max-lines-per-function/.test(line) && !/max-lines-per-function\s+--\s*\S/.test(line))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    expect(silent).toEqual([]);
  });
});
