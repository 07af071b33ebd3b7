/**
 * Vitest set-up for component tests (`setupFiles` in an app's vite.config.ts): Testing Library's matchers,
 * a clean page and an empty sessionStorage after every test, and patience on a busy machine.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machine running the tests may be busy: wait longer for screens to update (never a timing assertion).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

// jsdom does not scroll; the apps scroll to the top on every new screen.
window.scrollTo = () => undefined;
