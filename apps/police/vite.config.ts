/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The app talks only to /graphql on its own origin; Vite forwards it to the API (dev and preview alike). */
const apiProxy: Record<string, ProxyOptions> = {
  '/graphql': { target: process.env.LANTERN_API_URL ?? 'http://localhost:4000', xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 5173, strictPort: true, proxy: apiProxy },
  css: {
    // GOV.UK Frontend still carries old-browser hacks that the CSS minifier rejects without this.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      // MoJ Frontend loads GOV.UK Frontend as "node_modules/govuk-frontend/...", relative to the repository root.
      scss: { loadPaths: [repoRoot], quietDeps: true },
    },
  },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 30_000,
  },
});
