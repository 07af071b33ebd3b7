import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Runs the benchmark scripts (never part of `npm test`): they measure and print, and assert nothing. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: { include: ['bench/**/*.bench.ts'], testTimeout: 900_000, fileParallelism: false },
});
