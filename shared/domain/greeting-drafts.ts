/**
 * Greeting drafts from a customer's own book, offline. A template is a list of slots, one line
 * each; a slot lists alternative wordings, and a wording is used only when every field it names
 * has data, so a draft never states a fact the book does not hold: a like nobody wrote down leaves
 * its sentence out. Which wording a slot starts from turns with a seed (the customer and the
 * occasion), so neighbours greeted for the same festival do not get identical words.
 */
import type { UiLocale } from './salutation';

/**
 * `purchase` is the last purchase when the book does not say how it worked out; `pleased` is the
 * same item when the customer was happy with it (rated 4 or 5), so a draft thanks rather than asks.
 */
export const greetingFields = [
  'address',
  'occasion',
  'like',
  'purchase',
  'pleased',
  'promise',
  'person',
  'years',
  'shop',
  'signature',
] as const;
export type GreetingField = (typeof greetingFields)[number];

/** What the book knows, each null when it does not: never filled with a guess. */
export type GreetingFacts = Record<GreetingField, string | null>;

/** One line of a template: its wordings, each with `{field}` placeholders. */
export type Slot = readonly string[];
export type Template = readonly Slot[];

/** The names an owner may write fields with in their own templates, besides the English ones. */
export const fieldAliases: Record<UiLocale, Record<GreetingField, string>> = {
  'zh-CN': {
    address: '称呼',
    occasion: '节日',
    like: '喜好',
    purchase: '上次购买',
    pleased: '满意的购买',
    promise: '约定',
    person: '亲友',
    years: '周年',
    shop: '店名',
    signature: '署名',
  },
  'zh-TW': {
    address: '稱呼',
    occasion: '節日',
    like: '喜好',
    purchase: '上次購買',
    pleased: '滿意的購買',
    promise: '約定',
    person: '親友',
    years: '週年',
    shop: '店名',
    signature: '署名',
  },
  en: {
    address: 'name',
    occasion: 'occasion',
    like: 'like',
    purchase: 'purchase',
    pleased: 'pleased',
    promise: 'promise',
    person: 'person',
    years: 'years',
    shop: 'shop',
    signature: 'signature',
  },
};

const aliasToField = new Map<string, GreetingField>();
for (const field of greetingFields) aliasToField.set(field, field);
for (const names of Object.values(fieldAliases)) for (const field of greetingFields) aliasToField.set(names[field], field);

const placeholder = /\{([^{}]+)\}/g;

/** The fields a wording names; null when it names one that does not exist (a typo in an owner's template). */
export function fieldsOf(wording: string): GreetingField[] | null {
  const found: GreetingField[] = [];
  for (const match of wording.matchAll(placeholder)) {
    const field = aliasToField.get((match[1] ?? '').trim());
    if (field === undefined) return null;
    found.push(field);
  }
  return found;
}

/** Placeholders in a wording that name no field: what an owner's template is refused for. */
export function unknownFields(wording: string): string[] {
  return [...wording.matchAll(placeholder)].map((m) => (m[1] ?? '').trim()).filter((name) => !aliasToField.has(name));
}

function fill(wording: string, facts: GreetingFacts): string | null {
  const fields = fieldsOf(wording);
  if (fields === null || fields.some((f) => facts[f] === null || facts[f].trim() === '')) return null;
  return wording.replace(placeholder, (_, name: string) => (facts[aliasToField.get(name.trim()) ?? 'address'] ?? '').trim()).trim();
}

/** A small stable number from a text (FNV-1a), so the same customer gets the same draft each time. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The draft: each slot's first wording, counting from the seed's turn, whose fields all have data;
 * a slot with none is left out. Lines are joined by a line break (what WeChat shows).
 */
export function draftFrom(template: Template, facts: GreetingFacts, seed: number): string {
  const lines: string[] = [];
  template.forEach((slot, index) => {
    // Each line turns on its own, so the mix of wordings varies, not just one column of them.
    const start = seedOf(`${seed}:${index}`);
    for (let k = 0; k < slot.length; k += 1) {
      const wording = slot[(start + k) % slot.length];
      const line = wording === undefined ? null : fill(wording, facts);
      if (line !== null && line !== '') {
        lines.push(line);
        return;
      }
    }
  });
  return lines.join('\n');
}

/** An owner's own template as they type it: a line per slot, alternatives split by "||". */
export function parseOwnTemplate(text: string): Template {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split('||')
        .map((w) => w.trim())
        .filter((w) => w !== ''),
    )
    .filter((slot) => slot.length > 0);
}
