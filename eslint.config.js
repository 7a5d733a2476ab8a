// Lint TypeScript and Astro files with the recommended rules; TypeScript files type-aware
// (typescript-eslint's recommendedTypeChecked: rules that need types, such as floating promises).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // The project service finds each file's tsconfig.json, as an editor does.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Sorted output must not depend on the build machine's (or reader's) locale.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]",
          message: "Give localeCompare a locale, a.localeCompare(b, 'en'): the machine's own locale must not reorder output.",
        },
      ],
    },
  },
  {
    // Astro components: the recommended rules without type information. astro-eslint-parser has
    // no project service (it falls back to a slow whole-program parse), Astro types template
    // elements as `any`, and `astro check` already type-checks these files strictly.
    files: ['**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
