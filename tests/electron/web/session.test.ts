import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookToken, closedDoorPage, keepPort, keptPort } from '../../../electron/web/session';

describe('the page’s key', () => {
  it('is made once per book and kept, readable by its owner only, so a bookmark survives a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-session-'));
    const first = bookToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(bookToken(dir)).toBe(first);
    expect(fs.statSync(path.join(dir, 'browser-token')).mode & 0o077).toBe(0);
    expect(keptPort(dir)).toBe(0);
    keepPort(dir, 51234);
    expect(keptPort(dir)).toBe(51234);
    fs.writeFileSync(path.join(dir, 'browser-token'), 'short');
    expect(bookToken(dir)).not.toBe('short');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says how to open the page in the book’s language, else the browser’s', () => {
    expect(closedDoorPage('zh-CN', undefined)).toContain('请从熟客给出的地址打开');
    expect(closedDoorPage(null, 'zh-TW,zh;q=0.9')).toContain('請從熟客給出的網址開啟');
    expect(closedDoorPage(null, 'en-GB,en')).toContain('open it from the address Shuke printed');
  });
});
