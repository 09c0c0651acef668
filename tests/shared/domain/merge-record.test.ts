import { describe, expect, it } from 'vitest';
import { mergeRecordText, type RecordedCustomer } from '../../../shared/domain/merge-record';

const survivor: RecordedCustomer = {
  id: 's1',
  name: '王丽华',
  addressAs: '王姐',
  gender: 'female',
  phones: ['13800138821'],
  email: null,
  address: null,
  company: null,
  title: null,
  about: null,
  tags: ['VIP'],
  referredBy: null,
  tierOverride: 'regular',
  tierOverrideReason: '刚认识',
  since: '2026-03-01',
  archived: false,
};
const other: RecordedCustomer = {
  ...survivor,
  id: 'o1',
  name: '',
  addressAs: null,
  gender: null,
  phones: ['021-64381234 (work)', '138 0013 8821'],
  email: 'wang@example.com',
  about: 'Likes quiet mornings.\nAllergic to lilies.',
  tags: [],
  referredBy: '老李',
  tierOverride: 'vip',
  tierOverrideReason: 'the owner’s friend',
  since: '2025-01-05',
  archived: true,
};

describe('mergeRecordText', () => {
  it('says what happened, whose hand-set tier stands, and every field of both records, in the app’s language', () => {
    expect(mergeRecordText('en', survivor, other, '2026-11-24')).toBe(
      [
        'Merged 021-64381234 (work) into this customer on 2026-11-24; nothing of either record was dropped.',
        '021-64381234 (work) had the tier set by hand: VIP “the owner’s friend”. 王丽华’s own stays: Regular “刚认识”.',
        '',
        'Both records as they were before the merge:',
        '王丽华',
        '  addressed as: 王姐',
        '  gender: female',
        '  phones: 13800138821',
        '  tags: VIP',
        '  tier set by hand: Regular “刚认识”',
        '  in the book since: 2026-03-01',
        '  id: s1',
        '(no name) (archived)',
        '  phones: 021-64381234 (work), 138 0013 8821',
        '  email: wang@example.com',
        '  referred by: 老李',
        '  tier set by hand: VIP “the owner’s friend”',
        '  in the book since: 2025-01-05',
        '  about: Likes quiet mornings.\nAllergic to lilies.',
        '  id: o1',
      ].join('\n'),
    );
  });

  it('words it in Chinese, simplified and traditional', () => {
    expect(mergeRecordText('zh-CN', survivor, { ...other, tierOverride: null }, '2026-11-24')).toContain('标签：VIP');
    expect(mergeRecordText('zh-TW', { ...survivor, tierOverride: null }, other, '2026-11-24')).toContain(
      '021-64381234 (work) 的等級是手動設定的：VIP 「the owner’s friend」，現在用在這裡。',
    );
  });
});
