import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../electron/web/args';

describe('browser mode arguments', () => {
  it('defaults the data to ~/shuke-data on a port chosen by the system', () => {
    expect(parseWebArgs([], '/home/lin')).toEqual({ dataDir: path.join('/home/lin', 'shuke-data'), port: 0, lang: null });
  });

  it('reads --data, --port and --lang', () => {
    expect(parseWebArgs(['--data', '/tmp/book', '--port', '8080', '--lang', 'zh-TW'])).toEqual({
      dataDir: '/tmp/book',
      port: 8080,
      lang: 'zh-TW',
    });
  });

  it.each([
    [['--port', 'eighty'], /--port must be a number/],
    [['--lang', 'fr'], /--lang must be one of/],
    [['--data'], /--data needs a value/],
    [['--verbose'], /Unknown option/],
  ])('explains %j', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
