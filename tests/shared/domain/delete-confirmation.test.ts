import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteConfirmation } from '../../../shared/domain/delete-confirmation';

describe('deleteConfirmation', () => {
  it('is the name, else the first phone, else the start of the id', () => {
    const id = '0190ab12-3456-7000-8000-000000000000';
    expect(deleteConfirmation({ id, name: ' 王丽华 ', phones: [{ number: '13800138821' }] })).toBe('王丽华');
    expect(deleteConfirmation({ id, name: '  ', phones: [{ number: '13800138821' }] })).toBe('13800138821');
    expect(deleteConfirmation({ id, name: '', phones: [] })).toBe('0190ab12');
  });

  it('is never empty, whatever the customer holds', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), fc.array(fc.record({ number: fc.string() }), { maxLength: 2 }), (id, name, phones) => {
        expect(deleteConfirmation({ id, name, phones }).length).toBeGreaterThan(0);
      }),
    );
  });
});
