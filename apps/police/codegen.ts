import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed contract file (never from a running server). Operations live in
 * `src/features/<domain>/graphql/*.graphql`; import the generated `<Name>Document` from `src/gql/graphql`
 * (tree-shakeable: each screen's chunk carries only the documents it uses). `npm run codegen` regenerates
 * `src/gql` and runs before every build, typecheck and test.
 */
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
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
