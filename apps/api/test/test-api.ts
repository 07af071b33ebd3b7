import 'reflect-metadata';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startApi, type RunningApi } from '../src/app.js';

export interface TestApi extends RunningApi {
  readonly config: Config;
  readonly ownerUrl: string;
}

/** The real API on a free port, connected as the application role to the test run's PostgreSQL. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const ownerUrl = inject('databaseUrl');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ownerUrl,
    APP_DB_PASSWORD: 'lantern-app-test-password',
    SESSION_SECRET: 'test-session-secret-of-at-least-32-characters',
    VICTIM_STATUS_URL: 'http://localhost:5174/status.html',
    ...overrides,
  });
  const api = await startApi(config, createLogger('silent'), 0);
  return Object.assign(api, { config, ownerUrl });
}
