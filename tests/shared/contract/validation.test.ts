import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callNames, contract } from '../../../shared/contract';
import { archiveSchema } from '../../../shared/contract/archive.schema';
import { describeIssues, issueOf, issuesOf, keyOfMessage, vk } from '../../../shared/contract/validation';
import { messages, type MessageKey } from '../../../shared/domain/messages';
import { validationMessages } from '../../../shared/domain/validation-messages';
import { en } from '../../../renderer/src/locales/en';
import { zhCN } from '../../../renderer/src/locales/zh-CN';
import { zhTW } from '../../../renderer/src/locales/zh-TW';
import { inputsFor } from '../../helpers/schema-arbitrary';
import { schemaMessages } from '../../helpers/schema-messages';

const locales = { en: en.serverMessages, 'zh-CN': zhCN.serverMessages, 'zh-TW': zhTW.serverMessages };
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');

/** Why a schema's own message is not one the UI can word, or null when it is. */
function problemWith(message: string): string | null {
  const said = keyOfMessage(message);
  if (said === null) return 'is not a message key (write vk(key) and add the key to shared/domain/validation-messages.ts)';
  for (const [locale, words] of Object.entries(locales)) {
    const text = words[said.key];
    if (text.trim() === '') return `has no wording in ${locale}`;
    if (locale !== 'en' && !/\p{Script=Han}/u.test(text)) return `is not in Chinese in ${locale}: ${text}`;
  }
  return null;
}

describe('every message the contract can refuse with', () => {
  const schemas: [string, unknown][] = [
    ...callNames.map((name): [string, unknown] => [name, contract[name].input]),
    ['archive', archiveSchema],
  ];

  it.each(schemas)('%s: each of its own messages is a key worded in all three locales', (_name, schema) => {
    const problems = schemaMessages(schema).flatMap(({ where, message }) => {
      const problem = problemWith(message);
      return problem === null ? [] : [`${where || '(the input)'}: “${message}” ${problem}`];
    });
    expect(problems).toEqual([]);
  });

  it('sees the messages of checks and refinements, nested at any depth', () => {
    const found = (name: (typeof callNames)[number]) => schemaMessages(contract[name].input).map((m) => `${m.where} ${m.message}`);
    expect(found('customers.create')).toEqual(
      expect.arrayContaining(['phones.number phoneNeedsDigits', 'email emailShape', ' customerNeedsNameOrPhone']),
    );
    expect(found('customers.update')).toContain('patch.phones.number phoneNeedsDigits');
    expect(found('dates.set')).toEqual(expect.arrayContaining([' noSuchDay', 'month monthRange', 'day dayOfMonthRange']));
    expect(found('entries.add')).toEqual(expect.arrayContaining(['lines.item lineNeedsItem', 'lines.currency currencyCode']));
    expect(found('import.run')).toContain('file.text fileTooLarge {"megabytes":64}');
  });

  it('refuses what calls are sent, near right or wrong, only with keys (what superRefine adds included)', () => {
    for (const name of callNames) {
      const schema = contract[name].input;
      const sent = fc
        .tuple(
          inputsFor(schema, { ids: () => [] }),
          fc.nat(),
          fc.oneof(fc.anything(), fc.constantFrom('abc', '   ', 1e15, -1, 1.5, '2026-02-30')),
        )
        .map(([input, at, value]) => {
          if (typeof input !== 'object' || input === null || Array.isArray(input) || at % 3 === 0) return input;
          const keys = Object.keys(input);
          const key = keys[at % Math.max(keys.length, 1)];
          return key === undefined ? input : { ...input, [key]: value };
        });
      fc.assert(
        fc.property(sent, (input) => {
          const result = schema.safeParse(input, { reportInput: true });
          for (const issue of result.error?.issues ?? []) {
            if (issue.code === 'custom') expect(keyOfMessage(issue.message), `${name}: “${issue.message}”`).not.toBeNull();
            const said = issueOf(issue);
            for (const words of Object.values(locales)) expect(words[said.key as MessageKey], said.key).toBeTruthy();
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('would fail on an English sentence, in a check, a refinement or a schema’s own error', () => {
    const english = z.object({
      a: z.string().min(1, 'a must not be empty'),
      b: z.array(z.object({ c: z.string().refine(() => true, 'c must be nice') })),
      d: z.enum(['x', 'y'], { error: 'd must be x or y' }),
      e: z.string().refine(() => true, vk('phoneNeedsDigits')),
    });
    const problems = schemaMessages(english).filter((m) => problemWith(m.message) !== null);
    expect(problems.map((p) => p.where)).toEqual(['a', 'b.c', 'd']);
  });
});

describe('the contract source', () => {
  const dir = path.resolve(__dirname, '../../../shared/contract');
  // Methods whose string argument is a message zod shows when the check fails.
  const checks = new Set([
    ...['min', 'max', 'length', 'nonempty', 'gt', 'gte', 'lt', 'lte', 'positive', 'negative', 'nonnegative', 'multipleOf'],
    ...['regex', 'includes', 'startsWith', 'endsWith', 'refine', 'superRefine', 'check', 'int', 'number', 'string', 'boolean'],
    ...['uuid', 'email', 'url', 'base64', 'datetime', 'date', 'time', 'enum', 'array', 'object', 'literal', 'custom'],
  ]);

  /** Each place a message is written as a literal, not a key through vk(). */
  function literalMessages(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const isText = (node: ts.Node) => ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
    const where = (node: ts.Node) => `${path.basename(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    function visit(node: ts.Node): void {
      if (ts.isPropertyAssignment(node) && /^(message|error)$/.test(node.name.getText()) && isText(node.initializer)) {
        found.push(`${where(node)} ${node.getText()}`);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && checks.has(node.expression.name.text)) {
        // z.literal('csv') is a value, not a message.
        const values = node.expression.name.text === 'literal' ? node.arguments.slice(1) : node.arguments;
        for (const argument of values) if (isText(argument)) found.push(`${where(argument)} ${argument.getText()}`);
      }
      ts.forEachChild(node, visit);
    }
    visit(source);
    return found;
  }

  it('writes every message as a key through vk(), never as a sentence (superRefine’s included)', () => {
    // client.ts builds no schema of words: its own failures are the transport's, not a field's.
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'client.ts');
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => literalMessages(path.join(dir, f)))).toEqual([]);
  });

  it('would notice one', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-')), 'x.contract.ts');
    fs.writeFileSync(
      file,
      [
        "const a = z.string().min(1, 'must not be empty');",
        "const b = z.string().superRefine((v, ctx) => ctx.addIssue({ code: 'custom', message: `bad ${v}` }));",
        "const c = z.literal('csv').refine(() => true, { error: 'no' });",
        "const d = z.string().min(1, vk('empty'));",
      ].join('\n'),
    );
    expect(literalMessages(file).map((f) => f.replace(/^x\.contract\.ts:/, ''))).toEqual([
      "1 'must not be empty'",
      '2 message: `bad ${v}`',
      "3 error: 'no'",
    ]);
  });
});

describe('zod’s own checks, worded by issue code', () => {
  const schema = z
    .object({
      name: z.string().max(3),
      blank: z.string().trim().min(1),
      short: z.string().min(3),
      count: z.int().min(1).max(50),
      tags: z.array(z.string()).min(2).max(3),
      id: z.uuid(),
      at: z.iso.datetime({ offset: true }),
      kind: z.enum(['a', 'b']),
      flag: z.boolean(),
      needed: z.string(),
    })
    .strict();
  const said = (input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success ? [] : issuesOf(result.error).map((i) => [i.path.join('.'), i.key, i.params]);
  };
  const good = { name: 'ab', blank: 'x', short: 'abc', count: 1, tags: ['a', 'b'], id: '01900000-0000-7000-8000-000000000000' };
  const valid = { ...good, at: '2026-11-24T09:30:00Z', kind: 'a', flag: true, needed: '' };

  it('each with the limit it broke', () => {
    expect(said({ ...valid, name: 'abcd', blank: '   ', short: 'ab', count: 150, tags: ['a', 'b', 'c', 'd'] })).toEqual([
      ['name', 'tooLong', { maximum: 3 }],
      ['blank', 'empty', { minimum: 1 }],
      ['short', 'tooShort', { minimum: 3 }],
      ['count', 'tooBig', { maximum: 50 }],
      ['tags', 'tooMany', { maximum: 3 }],
    ]);
    expect(said({ ...valid, count: 0, tags: ['a'] })).toEqual([
      ['count', 'tooSmall', { minimum: 1 }],
      ['tags', 'tooFew', { minimum: 2 }],
    ]);
  });

  it('says what kind of value was wanted, what is missing and what is unknown', () => {
    expect(said({ ...valid, count: 1.5, flag: 'yes', id: 'x', at: 'soon', kind: 'c', extra: 1, needed: undefined })).toEqual([
      ['count', 'notWholeNumber', { expected: 'int' }],
      ['id', 'notAnId', { format: 'uuid' }],
      ['at', 'notAnInstant', { format: 'datetime' }],
      ['kind', 'notOneOf', { allowed: 'a, b' }],
      ['flag', 'wrongType', { expected: 'boolean' }],
      ['needed', 'required', { expected: 'string' }],
      ['', 'unknownFields', { keys: 'extra' }],
    ]);
    expect(said({ ...valid, count: 'many' })).toEqual([['count', 'notANumber', { expected: 'number' }]]);
    expect(said(null)).toEqual([['', 'notAnObject', { expected: 'object' }]]);
  });

  it('knows missing from wrong even when the input was not reported', () => {
    const result = z.object({ a: z.string() }).safeParse({});
    expect(result.success ? null : issueOf(result.error.issues[0] ?? { code: 'custom', path: [], message: '', input: 1 }).key).toBe(
      'required',
    );
  });

  it('reads a key with its values, and nothing else as a key', () => {
    expect(keyOfMessage(vk('fileTooLarge', { megabytes: 48 }))).toEqual({ key: 'fileTooLarge', params: { megabytes: 48 } });
    expect(keyOfMessage('phoneNeedsDigits')).toEqual({ key: 'phoneNeedsDigits', params: {} });
    expect(keyOfMessage('required field')).toBeNull();
    expect(keyOfMessage('Too big: expected number to be <=50')).toBeNull();
    expect(keyOfMessage('toString')).toBeNull();
  });

  it('keeps the English sentence for logs and the command line', () => {
    const result = contract['customers.create'].input.safeParse({ name: 'x', phones: [{ number: 'abc' }] });
    expect(result.success ? '' : describeIssues(issuesOf(result.error))).toBe('phones.0.number: phone number must contain digits');
  });

  it('has words for every key it can give, with no value zod does not report', () => {
    const reported: Partial<Record<MessageKey, string[]>> = {
      tooLong: ['maximum'],
      tooBig: ['maximum'],
      tooMany: ['maximum'],
      tooShort: ['minimum'],
      tooSmall: ['minimum'],
      tooFew: ['minimum'],
      wrongType: ['expected'],
      badFormat: ['format'],
      notOneOf: ['allowed'],
      unknownFields: ['keys'],
      invalidInput: ['call', 'problems'],
      fileTooLarge: ['megabytes'],
    };
    for (const key of Object.keys(validationMessages) as (keyof typeof validationMessages)[]) {
      expect(messages[key]).toBe(validationMessages[key]);
      for (const name of placeholders(messages[key])) expect(reported[key] ?? [], `${key} uses {{${name}}}`).toContain(name);
    }
  });
});
