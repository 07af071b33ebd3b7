import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * One lint for the whole repository, at zero warnings: type-aware TypeScript rules everywhere, React's hook
 * rules and the accessibility rules on the apps and the shared components.
 */
export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/gql/**', '**/generated/**', '**/test-results/**', '**/playwright-report/**', '.data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        // Each package's own tsconfig decides what a file's types are; the API checks its tests with its check config.
        project: ['apps/api/tsconfig.check.json', 'apps/*/tsconfig.json', 'packages/*/tsconfig.json', 'tests/e2e/tsconfig.json', 'tests/faults/tsconfig.json', 'tests/deployment/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // type-graphql and TypeORM decorate classes whose fields the libraries fill in.
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/police/src/**/*.{ts,tsx}', 'apps/partner/src/**/*.{ts,tsx}', 'packages/ui/src/**/*.{ts,tsx}', 'packages/client/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['apps/police/src/**/*.tsx', 'apps/partner/src/**/*.tsx', 'packages/ui/src/**/*.tsx', 'packages/client/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
);
