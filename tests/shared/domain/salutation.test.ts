import { describe, expect, it } from 'vitest';
import { chineseSurname, suggestAddressAs } from '../../../shared/domain/salutation';

describe('how to address a customer', () => {
  it.each([
    ['张三', 'male', 'zh-CN', '张先生'],
    ['王丽华', 'female', 'zh-CN', '王女士'],
    ['陳美玲', 'female', 'zh-TW', '陳小姐'],
    ['欧阳娜娜', 'female', 'zh-CN', '欧阳女士'],
    ['司馬懿', 'male', 'zh-TW', '司馬先生'],
    ['John Smith', 'male', 'en', 'Mr Smith'],
    ['Anna Maria Lopez', 'female', 'en', 'Ms Lopez'],
    ['张三', null, 'zh-CN', '张三'],
    ['  ', 'male', 'en', ''],
  ] as const)('%s (%s, %s) → %s', (name, gender, locale, expected) => {
    expect(suggestAddressAs(name, gender, locale)).toBe(expected);
  });

  it('does not take a two-character given name for a compound surname', () => {
    expect(chineseSurname('欧阳')).toBe('欧');
    expect(chineseSurname('上官婉儿')).toBe('上官');
  });
});
