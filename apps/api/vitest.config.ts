import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql, the one Node itself loads for type-graphql and Apollo, so schema objects and
    // errors made by the tests and by the server are from the same module.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run in parallel against one PostgreSQL; each makes its own organisations, users and referrals.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
