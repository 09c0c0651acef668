import { describe, expect, it } from 'vitest';
import { findAlreadyOwned, type OwnedItem } from '../../../shared/domain/already-owned';

const history: OwnedItem[] = [
  { item: '亚麻衬衫', colour: '藏青', size: 'L', occurredAt: '2026-10-30T10:00:00.000Z' },
  { item: '亚麻衬衫', colour: '灰', size: 'M', occurredAt: '2024-05-01T10:00:00.000Z' },
  { item: 'Linen Shirt', colour: 'Navy', size: null, occurredAt: '2026-01-01T10:00:00.000Z' },
];

describe('already owned', () => {
  it('finds the same item in the same colour and size', () => {
    expect(findAlreadyOwned(history, { item: '亚麻衬衫', colour: '藏青', size: 'L' })).toEqual({ owned: history[0], strength: 'exact' });
  });

  it('matches colour when a size is missing on either side, ignoring case and spaces', () => {
    expect(findAlreadyOwned(history, { item: ' linen shirt', colour: 'navy', size: 'XL' })).toEqual({
      owned: history[2],
      strength: 'exact',
    });
    expect(findAlreadyOwned(history, { item: '亚麻衬衫', colour: '灰' })).toEqual({ owned: history[1], strength: 'exact' });
  });

  it('falls back to the latest purchase of the same item in another colour', () => {
    expect(findAlreadyOwned(history, { item: '亚麻衬衫', colour: '米白', size: 'L' })).toEqual({ owned: history[0], strength: 'item' });
    expect(findAlreadyOwned(history, { item: '亚麻衬衫' })).toEqual({ owned: history[0], strength: 'item' });
  });

  it('says nothing for a new item or an empty line', () => {
    expect(findAlreadyOwned(history, { item: '丝巾', colour: '藏青' })).toBeNull();
    expect(findAlreadyOwned(history, { item: '  ' })).toBeNull();
    expect(findAlreadyOwned([], { item: '亚麻衬衫' })).toBeNull();
  });
});
