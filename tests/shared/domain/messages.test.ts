import { describe, expect, it } from 'vitest';
import { englishMessage, isMessageKey, messages } from '../../../shared/domain/messages';
import { zhCN } from '../../../renderer/src/locales/zh-CN';
import { zhTW } from '../../../renderer/src/locales/zh-TW';

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));

describe('messages', () => {
  it('fills the placeholders it is given and leaves the others showing', () => {
    expect(englishMessage('backupFailed', { file: '/media/usb/a.sqlite', reason: 'disk full' })).toBe(
      'Could not back up to /media/usb/a.sqlite: disk full',
    );
    expect(englishMessage('backupFailed', { file: 'a' })).toBe('Could not back up to a: {{reason}}');
    expect(isMessageKey('restoreNewer')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('is translated with no value the server does not send', () => {
    for (const [locale, words] of [
      ['zh-CN', zhCN.serverMessages],
      ['zh-TW', zhTW.serverMessages],
    ] as const) {
      for (const key of Object.keys(messages)) {
        if (!isMessageKey(key)) continue;
        const sent = placeholders(messages[key]);
        for (const name of placeholders(words[key])) expect(sent.has(name), `${locale} ${key} uses {{${name}}}`).toBe(true);
      }
    }
  });
});
