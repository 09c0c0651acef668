import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { festivalKeys } from '../../../shared/domain/festival-names';
import {
  draftFrom,
  fieldsOf,
  greetingFields,
  parseOwnTemplate,
  unknownFields,
  type GreetingFacts,
} from '../../../shared/domain/greeting-drafts';
import { builtInTemplate, occasionKinds } from '../../../shared/domain/greeting-templates';

const locales = ['zh-CN', 'zh-TW', 'en'] as const;

// Each known fact is a token no template contains, so finding it in a draft proves where it came from.
const factsArb = fc
  .record(
    Object.fromEntries(greetingFields.map((f) => [f, fc.option(fc.constant(`«${f}»`), { nil: null })])) as Record<
      (typeof greetingFields)[number],
      fc.Arbitrary<string | null>
    >,
  )
  .map((facts) => ({ ...facts, address: facts.address ?? '«address»' }) as GreetingFacts);

const templateArb = fc.record({
  kind: fc.constantFrom(...occasionKinds),
  locale: fc.constantFrom(...locales),
  festival: fc.constantFrom(...festivalKeys),
});

describe('greeting drafts', () => {
  it('never leave a placeholder, never state a fact the book does not hold, and name the customer', () => {
    fc.assert(
      fc.property(templateArb, factsArb, fc.nat(), ({ kind, locale, festival }, facts, seed) => {
        const draft = draftFrom(builtInTemplate(kind, locale, festival), facts, seed);
        expect(draft).not.toMatch(/[{}]/);
        expect(draft).not.toMatch(/«(?!(?:[a-z]+)»)/);
        for (const field of greetingFields) {
          if (facts[field] === null) expect(draft).not.toContain(`«${field}»`);
        }
        expect(draft).toContain('«address»');
        for (const line of draft.split('\n')) expect(line.trim()).toBe(line);
        expect(draft.split('\n').every((line) => line !== '')).toBe(true);
      }),
    );
  });

  it('a sentence about a like appears exactly when the book holds one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), factsArb, fc.nat(), (locale, facts, seed) => {
        const draft = draftFrom(builtInTemplate('birthday', locale), facts, seed);
        expect(draft.includes('«like»')).toBe(facts.like !== null);
        // The last purchase is one sentence, asked about or thanked for, whichever the book holds.
        expect(draft.includes('«purchase»') || draft.includes('«pleased»')).toBe(facts.purchase !== null || facts.pleased !== null);
        expect(draft.includes('«purchase»') && draft.includes('«pleased»')).toBe(false);
      }),
    );
  });

  it('neighbours get different words: seeds turn the wordings', () => {
    const facts: GreetingFacts = { ...Object.fromEntries(greetingFields.map((f) => [f, null])), address: '王姐' } as GreetingFacts;
    const drafts = new Set(
      Array.from({ length: 12 }, (_, seed) => draftFrom(builtInTemplate('festival', 'zh-CN', 'mid_autumn'), facts, seed)),
    );
    expect(drafts.size).toBeGreaterThan(3);
  });
});

describe('an owner’s own template', () => {
  it('reads a line per sentence, alternatives split by ||, fields in Chinese or English', () => {
    const template = parseOwnTemplate('{称呼}，中秋快乐！|| 亲爱的{address}，中秋快乐！\n\n记得您喜欢{喜好}。\n—— {店名}');
    expect(template).toHaveLength(3);
    const facts = { ...Object.fromEntries(greetingFields.map((f) => [f, null])), address: '李先生', shop: '小丽服装' } as GreetingFacts;
    const drafts = new Set(Array.from({ length: 16 }, (_, seed) => draftFrom(template, facts, seed)));
    expect([...drafts].sort()).toEqual(['亲爱的李先生，中秋快乐！\n—— 小丽服装', '李先生，中秋快乐！\n—— 小丽服装']);
  });

  it('names the placeholders that are no field, so a typo is refused rather than sent', () => {
    expect(unknownFields('{称呼}，{生曰}快乐')).toEqual(['生曰']);
    expect(fieldsOf('{称呼}，{生曰}快乐')).toBeNull();
    expect(unknownFields('{稱呼}{name}{like}')).toEqual([]);
  });
});
