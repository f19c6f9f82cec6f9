import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The walls of the house (README's Layout): shared/ stands on nothing but
// itself and pure libraries; renderer/ and electron/ stand on shared/, never
// on each other; the store knows nothing of the front doors above it; the
// planning rules never read the clock. Each wall is a lint error, and
// scripts/lint-walls.test.ts checks that each one still bites.

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** `no-restricted-imports` patterns that refuse every import of a folder, wherever it is written from. */
const folder = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`], message });

/** `no-restricted-syntax` selectors for reading the system clock. */
const clockReads = (message) => [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message },
];

/** What shared/ may not import, wherever in it. */
const SHARED_WALLS = {
  paths: [
    ...NODE_BUILTINS.map((name) => ({
      name,
      message: 'shared/ runs anywhere: no Node.js built-ins.',
    })),
    { name: 'electron', message: 'shared/ runs anywhere: no Electron.' },
    { name: 'better-sqlite3', message: 'shared/ runs anywhere: no SQLite.' },
    { name: 'react', message: 'shared/ is not UI: no React.' },
    { name: 'react-dom', message: 'shared/ is not UI: no React.' },
    { name: 'zustand', message: 'shared/ is not UI state: no zustand.' },
  ],
  patterns: [
    folder('electron', 'shared/ stands on nothing above it: not on electron/.'),
    folder('renderer', 'shared/ stands on nothing above it: not on renderer/.'),
    { group: ['react/*', 'react-dom/*', 'zustand/*'], message: 'shared/ is not UI.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules', '.vite', 'out', 'dist', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    // shared/ runs anywhere: no Node, Electron, SQLite, DOM framework or app layer in it.
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', SHARED_WALLS] },
  },
  {
    // The errors every layer raises and returns are the ground floor: they
    // stand on nothing else of the project, so anything can stand on them.
    files: ['shared/errors/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: SHARED_WALLS.paths,
          patterns: [
            ...SHARED_WALLS.patterns,
            {
              group: ['../*'],
              message: 'shared/errors/ is the ground floor: it stands on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    // The planning rules are pure functions of the plan and the day they are given.
    files: ['shared/planning/**/*.ts'],
    ignores: ['shared/planning/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...clockReads('Planning never reads the clock: take `today` as an argument.'),
      ],
    },
  },
  {
    // The UI reaches data only through the contract's client, never the main process.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'renderer/ reaches the backend through the contract.' },
            { name: 'better-sqlite3', message: 'renderer/ never opens the database.' },
          ],
          patterns: [folder('electron', 'renderer/ reaches the backend through the contract.')],
        },
      ],
    },
  },
  {
    // Packaging runs when the app is built, never in it: the running app
    // does not import the build's helpers.
    files: ['electron/**/*.ts'],
    ignores: ['electron/packaging/**', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            folder('packaging', 'The running app does not import the build helpers of packaging/.'),
          ],
        },
      ],
    },
  },
  {
    // The store is the ground floor of electron/: it knows nothing of the
    // front doors (shell, web, cli), of what they share (backend.ts,
    // openFailure.ts, security/) nor of the handlers above it.
    files: ['electron/store/**/*.ts'],
    ignores: ['electron/store/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...clockReads('The store dates writes by the injected clock (HandlerContext.now).'),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The store runs without Electron.' }],
          patterns: [
            ...['shell', 'web', 'handlers', 'cli', 'security', 'packaging'].map((name) =>
              folder(name, `The store stands below ${name}/: it cannot import it.`),
            ),
            ...['backend', 'openFailure'].map((name) =>
              folder(name, `The store stands below ${name}.ts: it cannot import it.`),
            ),
          ],
        },
      ],
    },
  },
);
