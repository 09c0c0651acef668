// Lint rules enforce the architecture: renderer/ imports only shared/; shared/ imports no Node,
// DOM or Electron; the main process never touches SQL directly; domains import downward only.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import domainLayers from './scripts/eslint-domain-layers.mjs';

const noAsUnknownAs = {
  selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
  message: 'No `as unknown as`: fix the types instead.',
};

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', '.native/**', 'test-results/**', 'playwright-report/**', '.test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', noAsUnknownAs],
    },
  },
  {
    // A list of unknown length bound item by item breaks at SQLite's variable limit.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noAsUnknownAs,
        {
          selector: "CallExpression[arguments.1.value='in'][arguments.2.type=/^(Identifier|MemberExpression)$/]",
          message: "Pass a list of unknown length through idList() (electron/db/id-list.ts): .where(col, 'in', idList(ids)).",
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'kysely'].map(
            (name) => ({
              name,
              message: 'shared/ is pure TypeScript: no Node, DOM, Electron or database imports.',
            }),
          ),
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'kysely'].map((name) => ({
            name,
            message: 'renderer/ runs in the page: it talks to the book only through the contract client.',
          })),
          patterns: [{ group: ['**/electron/**'], message: 'renderer/ imports only shared/, never electron/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: 'SQL lives in the domain repositories, not in the shell.' }],
          patterns: [
            {
              group: ['**/*.repository', '**/renderer/**'],
              message: 'The shell wires calls to the dispatcher; it does not reach into repositories or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // A function over 80 lines hides its steps: split it, or say why not in an
    // `eslint-disable-next-line max-lines-per-function -- <why>` comment.
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // Domains import downward only, in the one order scripts/domain-layers.mjs gives: a cycle
    // between two domains means a lower module is missing.
    files: ['electron/domains/**/*.ts'],
    plugins: { 'domain-layers': domainLayers },
    rules: { 'domain-layers/import-downward': 'error' },
  },
  {
    // The bin shim is CommonJS so that it runs in any Node without a build step.
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
