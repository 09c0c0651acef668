import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solarBirthday } from '../../../shared/domain/birthday-text';
import { toVcard, type VcardPerson } from '../../../shared/domain/vcard';
import { parseVcards } from '../../../shared/domain/vcard-parse';

// Pieces a customer's text is made of: CJK (also outside the BMP), emoji sequences, and every
// character vCard escapes or folding could break on.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
  fc.constantFrom('张', '丽華', '欧阳', '𠮷', 'é', '😀', '👩‍👩‍👧', '\\', ',', ';', ':', '=', '==', '\\n', ' ', '\t', '"'),
);
const text = (maxPieces: number, newlines: boolean) =>
  fc
    .array(newlines ? fc.oneof(piece, fc.constant('\n')) : piece, { minLength: 1, maxLength: maxPieces })
    .map((pieces) => pieces.join('').trim())
    .filter((s) => s !== '');

const phone = fc.stringMatching(/^\+?[0-9][0-9 ()-]{2,20}[0-9]$/);

const birthday = fc.oneof(
  fc.constant(null),
  fc
    .record({
      year: fc.option(fc.integer({ min: 1900, max: 2100 })),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => solarBirthday(year, month, day) !== null),
);

const person = fc.record({
  name: text(8, false),
  phones: fc.uniqueArray(phone, { maxLength: 4 }),
  email: fc.option(fc.emailAddress()),
  birthday,
  note: fc.option(text(80, true)),
});

const written = (b: { year: number | null; month: number; day: number }) => {
  const mmdd = `${String(b.month).padStart(2, '0')}${String(b.day).padStart(2, '0')}`;
  return b.year === null ? `--${mmdd}` : `${b.year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;
};

describe('vCards Shuke writes, read back', () => {
  it('give the same names, phones, emails, birthdays and notes, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 4 }), (people) => {
        const cards = people.map((p): VcardPerson => ({
          name: p.name,
          nickname: null,
          phones: p.phones,
          email: p.email,
          address: null,
          company: null,
          title: null,
          note: p.note,
          tags: [],
          birthday: p.birthday === null ? null : written(p.birthday),
        }));
        const file = cards.map(toVcard).join('');
        for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(
          parseVcards(file).map((c) => ({
            name: c.name,
            phones: c.phones,
            email: c.emails[0] ?? null,
            birthday: c.birthday === null ? null : { year: c.birthday.year, month: c.birthday.month, day: c.birthday.day },
            note: c.note,
          })),
        ).toEqual(people);
      }),
      { numRuns: 300 },
    );
  });
});
