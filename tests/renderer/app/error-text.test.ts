import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/app/i18n/i18n';
import { errorText, issuesByField } from '../../../renderer/src/app/error-text';
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

  it('words a page that cannot reach the book in the page’s language', () => {
    const down = { message: 'Could not reach …', key: 'bookUnreachable', params: { call: 'lookup', reason: 'Failed to fetch' } };
    expect(errorText(createI18n('zh-CN').t, down)).toBe('出了点问题：连不上客户簿（Failed to fetch）；熟客还开着吗？请再试一次。');
    expect(errorText(createI18n('zh-TW').t, { message: 'x', key: 'replyNotUnderstood', params: { call: 'lookup' } })).toBe(
      '出了點問題：看不懂客戶簿的回答；請重新載入頁面再試。',
    );
  });

  it('words a reason given as a message key (problemKey) too, so no English slips into a Chinese sentence', () => {
    const refused = {
      message: 'The file is not a Shuke archive …',
      key: 'importNotArchive',
      params: {
        reason: 'customer 1, id: must be an id Shuke gave out; customer 2, kind: must be one of note, visit',
        count: 2,
        problem: 'must be an id Shuke gave out',
        problemKey: 'notAnId',
      },
    };
    expect(errorText(createI18n('zh-CN').t, refused)).toBe(
      '出了点问题：这个文件不是本版熟客能读的存档：不是熟客给出的编号（共 2 处问题）；什么都没有导入。',
    );
    expect(errorText(createI18n('zh-TW').t, refused)).not.toMatch(/[A-Za-z]/);
    expect(errorText(createI18n('en').t, refused)).toContain('customer 1, id: must be an id Shuke gave out');
  });

  it('falls back to the English message for a failure without a key, or with one it does not know', () => {
    const zh = createI18n('zh-CN');
    expect(errorText(zh.t, { message: 'That customer does not exist.' })).toBe('出了点问题：That customer does not exist.');
    expect(errorText(zh.t, { message: 'Plain words.', key: 'notAKey' })).toBe('出了点问题：Plain words.');
  });

  it('names each refused field in the UI’s language, never in English', () => {
    const refused = (call: string, issues: { path: string[]; key: string; params: Record<string, string | number> }[]) => ({
      message: 'Invalid …',
      key: 'invalidInput',
      params: { call, problems: '…' },
      issues,
    });
    const phone = refused('customers.create', [{ path: ['phones', '0', 'number'], key: 'phoneNeedsDigits', params: {} }]);
    expect(errorText(createI18n('zh-CN').t, phone)).toBe('电话：电话号码里要有数字');
    expect(errorText(createI18n('zh-TW').t, phone)).toBe('電話：電話號碼裡要有數字');
    expect(errorText(createI18n('en').t, phone)).toBe('Phone: phone number must contain digits');
    const vip = refused('settings.update', [{ path: ['vipTopPercent'], key: 'tooBig', params: { maximum: 50 } }]);
    expect(errorText(createI18n('zh-CN').t, vip)).toBe('VIP 比例：不能大于 50');
    const zh = createI18n('zh-CN').t;
    // The second phone of two, a segment's name (not a customer's), a field no locale names, the whole input.
    expect(
      errorText(
        zh,
        refused('customers.update', [
          { path: ['patch', 'phones', '1', 'number'], key: 'phoneNeedsDigits', params: {} },
          { path: ['patch', 'mystery'], key: 'tooLong', params: { maximum: 5 } },
          { path: [], key: 'customerNeedsNameOrPhone', params: {} },
        ]),
      ),
    ).toBe('电话（第 2 个）：电话号码里要有数字；有一项：最多 5 个字；客户至少要有姓名或电话。');
    expect(errorText(zh, refused('segments.save', [{ path: ['name'], key: 'segmentNeedsName', params: {} }]))).toBe(
      '分组名称：请给这个分组起个名字',
    );
    expect(errorText(zh, refused('x.y', [{ path: ['name'], key: 'notAKey', params: {} }]))).toBe('姓名：填得不对');
  });

  it('puts each refusal beside the field it is about, and leaves the rest for the status line', () => {
    const zh = createI18n('zh-CN').t;
    const error: Parameters<typeof errorText>[1] = {
      message: 'Invalid …',
      key: 'invalidInput',
      params: { call: 'customers.update' },
      issues: [
        { path: ['patch', 'phones', '0', 'number'], key: 'empty', params: { minimum: 1 } },
        { path: ['patch', 'phones', '1', 'number'], key: 'phoneNeedsDigits', params: {} },
        { path: ['patch', 'name'], key: 'tooLong', params: { maximum: 100 } },
        { path: ['patch', 'company'], key: 'tooLong', params: { maximum: 200 } },
      ],
    };
    expect(issuesByField(zh, error, ['name', 'phones'])).toEqual({
      byField: { phones: '不能是空的；第 2 个：电话号码里要有数字', name: '最多 100 个字' },
      rest: '公司：最多 200 个字',
    });
    expect(issuesByField(zh, { message: 'disk full' }, ['name'])).toEqual({ byField: {}, rest: '出了点问题：disk full' });
  });
});
