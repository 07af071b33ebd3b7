import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the API's own tests, from the committed contract file (never from a running
 * server): write each operation as graphql(`...`) in a test or a test helper, and its result is typed.
 * `npm run codegen` regenerates the git-ignored `test/gql` and runs before every typecheck, lint and test.
 */
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['test/**/*.ts', 'src/**/*.test.ts', 'bench/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    './test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
