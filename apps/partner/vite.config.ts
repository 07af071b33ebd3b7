import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiUrl = process.env.LANTERN_API_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: apiUrl, changeOrigin: false } };
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = fromHere('../../');

/** Headers every response of the partner app carries. */
const commonHeaders: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/**
 * Headers of the victim status page (status.html). Production nginx sets the same ones: see README.md.
 * The Content-Security-Policy is only sent by `vite preview`: the dev server injects styles inline.
 */
export const statusPageHeaders: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
};
export const statusPageCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function isStatusPage(url: string | undefined): boolean {
  const path = (url ?? '').split(/[?#]/)[0] ?? '';
  return path === '/status.html' || path === '/status';
}

function securityHeaders(withCsp: boolean): Connect.NextHandleFunction {
  return (req, res, next) => {
    for (const [name, value] of Object.entries(commonHeaders)) res.setHeader(name, value);
    if (isStatusPage(req.url)) {
      for (const [name, value] of Object.entries(statusPageHeaders)) res.setHeader(name, value);
      if (withCsp) res.setHeader('Content-Security-Policy', statusPageCsp);
      // Vite's own HTML middleware sets Cache-Control later: keep ours.
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? statusPageHeaders['Cache-Control'] : value);
    }
    next();
  };
}

/** Sets the security headers in both `vite` (dev) and `vite preview` (the built app). */
function securityHeadersPlugin(): Plugin {
  return {
    name: 'lantern-security-headers',
    configureServer(server) {
      server.middlewares.use(securityHeaders(false));
    },
    configurePreviewServer(server) {
      server.middlewares.use(securityHeaders(true));
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeadersPlugin()],
  server: { port: 5174, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  css: {
    lightningcss: { errorRecovery: true },
    // MoJ Frontend loads GOV.UK Frontend as "node_modules/govuk-frontend/...": the repository root is on the path.
    preprocessorOptions: { scss: { quietDeps: true, loadPaths: [repoRoot] } },
  },
  build: {
    rolldownOptions: {
      input: {
        // Staff app (managers and advocates).
        main: fromHere('./index.html'),
        // The victim status page: its own tiny bundle, no React, no staff code.
        status: fromHere('./status.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // Typing with user-event is slow on a busy two-core machine; these are not speed checks.
    testTimeout: 30_000,
    css: false,
    restoreMocks: true,
  },
});
