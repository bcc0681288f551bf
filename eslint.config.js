// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { importBoundaries } from './import-boundaries.config.js'

/** Imports flow one way: shared (genesys, config, ui) -> features -> app. The widget never imports the emulator. */
const noEmulator = { group: ['**/emulator/**'], message: 'The widget never imports the emulator.' }
const noApp = { group: ['**/app/**'], message: 'Only src/app wires features together.' }
const noFeatures = {
  group: ['**/features/**'],
  message: 'Shared layers (config, lib, ui, genesys) never import a feature.',
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.test-output',
      'coverage',
      'bench/out',
      // Deliberately broken imports that tests/integration/import-boundaries.test.ts shows lint refusing.
      'tests/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  importBoundaries(import.meta.dirname),
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noEmulator] }],
    },
  },
  {
    files: ['src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulator, noApp] }] },
  },
  {
    files: ['src/ui/**', 'src/config/**', 'src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulator, noApp, noFeatures] }] },
  },
  {
    // The Genesys client is shared with the command-line tool: no React, no features.
    files: ['src/genesys/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noEmulator,
            noApp,
            { group: ['**/features/**', 'react', 'react-dom'], message: 'src/genesys stays framework-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
