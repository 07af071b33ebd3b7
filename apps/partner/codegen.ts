import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed contract file (never from a running server). Operations live in
 * `src/features/<domain>/graphql/*.graphql`; import the generated `<Name>Document` from `src/gql/graphql`.
 * The victim status page has its own output with plain query strings, so no GraphQL library reaches its
 * tiny bundle. `npm run codegen` runs before every build, typecheck and test.
 */
const shared = {
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: { DateTimeISO: 'string', LocalDate: 'string' },
};

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  generates: {
    // The staff app: DocumentNodes for Apollo Client.
    './src/gql/': {
      preset: 'client',
      documents: ['src/features/**/*.graphql'],
      presetConfig: { fragmentMasking: false },
      config: { ...shared, skipTypename: false },
    },
    // The victim status page: strings for `fetch`.
    './src/status/gql/': {
      preset: 'client',
      documents: ['src/status/**/*.graphql'],
      presetConfig: { fragmentMasking: false },
      config: { ...shared, documentMode: 'string' },
    },
  },
};

export default config;
