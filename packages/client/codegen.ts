import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed session operations (who is signed in, sign in, sign out) from the committed contract file, never from
 * a running server. Both staff apps use these documents; each app generates its own screens' operations.
 * `npm run codegen` writes `src/gql/` and runs before every build, typecheck and test.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/graphql/*.graphql'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
        skipTypename: false,
        // Apollo Client adds __typename to every selection, so the types say so (test fixtures need it too).
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
