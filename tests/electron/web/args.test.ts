import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../electron/web/args';

describe('browser mode arguments', () => {
  it('defaults the data to ~/shuke-data on a port chosen by the system', () => {
    expect(parseWebArgs([], '/home/lin')).toEqual({ dataDir: path.join('/home/lin', 'shuke-data'), port: 0, lang: null, backups: null });
  });

  it('reads --data, --port, --lang and --backups', () => {
    expect(parseWebArgs(['--data', '/tmp/book', '--port', '8080', '--lang', 'zh-TW', '--backups', '/media/usb/shuke'])).toEqual({
      dataDir: '/tmp/book',
      port: 8080,
      lang: 'zh-TW',
      backups: '/media/usb/shuke',
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
