import { describe, expect, it } from 'vitest';
import { call, createTestApp } from '../../../helpers/create-test-db';

interface Progress {
  running: boolean;
  done: number;
  total: number;
}

describe('import progress', () => {
  it('is answered while a large CSV import runs, counts up to the file’s rows, and is idle afterwards', async () => {
    const app = await createTestApp();
    const lines = ['姓名,手机'];
    for (let i = 0; i < 12_000; i += 1) lines.push(`顾客${i},1370000${String(i).padStart(4, '0')}`);
    const importing = app.dispatch('import.run', { file: { kind: 'csv', text: lines.join('\n') }, mapping: ['name', 'phone'] });
    let finished = false;
    void importing.then(() => (finished = true));
    const seen: Progress[] = [];
    while (!finished) {
      seen.push(await call<Progress>(app, 'import.progress', {}));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await importing).toMatchObject({ ok: true, value: { added: 12_000, merged: 0, skipped: 0 } });
    const midway = seen.filter((p) => p.running && p.total === 12_000 && p.done > 0 && p.done < 12_000);
    expect(midway.length).toBeGreaterThan(0);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(await call<Progress>(app, 'import.progress', {})).toEqual({ running: false, done: 0, total: 0 });
    await app.close();
  });

  it('is idle again after an import is refused', async () => {
    const app = await createTestApp();
    const refused = await app.dispatch('import.run', {
      file: { kind: 'csv', text: '姓名,生日\n张三,13月45日\n' },
      mapping: ['name', 'birthday'],
    });
    expect(refused.ok).toBe(false);
    expect(await call<Progress>(app, 'import.progress', {})).toEqual({ running: false, done: 0, total: 0 });
    await app.close();
  });
});
