import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

// Traditional forms (Taiwan and Hong Kong variants) are folded to simplified on both sides of the
// index, so 陳美玲 is found by 陈 and 陈美玲 by 陳.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toSimplifiedHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

const han = /[\u3400-\u9fff\uf900-\ufaff]/u;
const hanRun = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

export function hasHan(text: string): boolean {
  return han.test(text);
}

/**
 * Remembers the answers for short texts: an import or an index rebuild folds the same names,
 * tags and likes (真丝, 老客户) many thousands of times. Bounded, so a big book cannot grow it.
 */
function rememberShort<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > 24) return compute(text);
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    if (known.size >= limit) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}

/** Lowercase, width-normalized, simplified: the form every key and query is compared in. */
export const fold = rememberShort(foldText);

function foldText(text: string): string {
  const normalized = text.normalize('NFKC').toLowerCase();
  return hasHan(normalized) ? toSimplifiedHk(toSimplified(normalized)) : normalized;
}

export function compact(text: string): string {
  return text.replace(/[\s\-_.·・'’]+/g, '');
}

/** Full pinyin and initials, with surnames read as surnames (单 shan, 曾 zeng, 朴 piao, 尉迟 yuchi). */
export const pinyinOf = rememberShort(pinyinOfText);

function pinyinOfText(name: string): { full: string; initials: string } | null {
  const folded = compact(fold(name));
  if (!hasHan(folded)) return null;
  const syllables = pinyin(folded, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter((s) => s !== '');
  if (clean.length === 0) return null;
  return { full: clean.join(''), initials: clean.map((s) => s[0] ?? '').join('') };
}

/** Every suffix of a short Han string, so "丽华" and "华" find 王丽华. */
export function suffixes(text: string, max = 12): string[] {
  const chars = [...text].slice(0, max);
  const out: string[] = [];
  for (let i = 1; i < chars.length; i += 1) out.push(chars.slice(i).join(''));
  return out;
}

/**
 * Diary text as index tokens: Han runs become overlapping bigrams (a one-character run stays
 * itself), other words stay whole. unicode61 then indexes each token, so two-character Chinese
 * words like 拉链 or 藏青 are found, which a trigram tokenizer cannot do.
 */
export function bigramBody(text: string): string {
  const folded = fold(text);
  const tokens: string[] = [];
  let last = 0;
  for (const match of folded.matchAll(hanRun)) {
    const before = folded.slice(last, match.index);
    tokens.push(...wordsOf(before));
    tokens.push(...bigrams(match[0]));
    last = match.index + match[0].length;
  }
  tokens.push(...wordsOf(folded.slice(last)));
  return tokens.join(' ');
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return out;
}

/**
 * The FTS5 query for diary text: each Han run as a phrase of its bigrams, each other word as a
 * prefix. Null when the query is too short to search text with (a single Han character, or a
 * Latin word under three letters): those are answered by the name and phone keys.
 */
export function diaryMatchQuery(query: string): string | null {
  const folded = fold(query).trim();
  const parts: string[] = [];
  let last = 0;
  for (const match of folded.matchAll(hanRun)) {
    for (const word of wordsOf(folded.slice(last, match.index))) parts.push(`"${word}"*`);
    const grams = bigrams(match[0]);
    if (grams.length === 1 && [...match[0]].length === 1) return null;
    parts.push(`"${grams.join(' ')}"`);
    last = match.index + match[0].length;
  }
  for (const word of wordsOf(folded.slice(last))) parts.push(`"${word}"*`);
  if (parts.length === 0) return null;
  if (!hasHan(folded) && folded.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return null;
  return parts.join(' ');
}
