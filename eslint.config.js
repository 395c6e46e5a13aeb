// ESLint's rules for every JavaScript file of the repo; Prettier owns the
// formatting (eslint-config-prettier turns ESLint's formatting rules off).
import js from '@eslint/js';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default [
  { ignores: ['node_modules/', 'build/', 'dist/', 'bindings/wasm/', 'tests/artifacts/'] },
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2025,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.worker, ...globals.node },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  // Tests read terminal output, escape codes included.
  { files: ['tests/**'], rules: { 'no-control-regex': 'off' } },
  prettier,
];
