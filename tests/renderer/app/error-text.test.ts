import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/app/i18n/i18n';
import { errorText } from '../../../renderer/src/app/error-text';
import { englishMessage } from '../../../shared/domain/messages';

describe('errorText', () => {
  it('words a keyed failure in the UI’s language, with its values', () => {
    const zh = createI18n('zh-CN');
    const error = {
      message: englishMessage('backupExists', { file: 'D:/备份.sqlite' }),
      key: 'backupExists',
      params: { file: 'D:/备份.sqlite' },
    };
    expect(errorText(zh.t, error)).toBe('出了点问题：D:/备份.sqlite 已经存在；备份从不覆盖文件。');
    expect(errorText(createI18n('zh-TW').t, { message: 'x', key: 'restoreForeign' })).toBe(
      '出了點問題：這個檔案不是熟客的客戶簿；什麼都沒有改變。',
    );
  });

  it('falls back to the English message for a failure without a key, or with one it does not know', () => {
    const zh = createI18n('zh-CN');
    expect(errorText(zh.t, { message: 'That customer does not exist.' })).toBe('出了点问题：That customer does not exist.');
    expect(errorText(zh.t, { message: 'Plain words.', key: 'notAKey' })).toBe('出了点问题：Plain words.');
  });
});
