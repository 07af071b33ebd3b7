import 'reflect-metadata';
import { inject } from 'vitest';
import { DEV_NOTIFY_API_KEY, loadConfig, type Config } from '../src/config.js';
import { startNotifyStub } from '../src/dev/notify-stub.js';
import { createLogger } from '../src/logger.js';
import { startApi, type RunningApi } from '../src/app.js';

export interface TestApi extends RunningApi {
  readonly config: Config;
  readonly ownerUrl: string;
  /** Messages the API sent through the Notify stub. */
  readonly notify: Awaited<ReturnType<typeof startNotifyStub>>;
}

/** Where a test reads what the API logged: each line as pino wrote it (JSON). */
export interface LogCapture {
  readonly lines: string[];
}

/**
 * The real API on a free port, connected as the application role to the test run's PostgreSQL. Logs
 * nothing, or, given `logs`, every line at info level and above into `logs.lines`.
 */
export async function startTestApi(overrides: Record<string, string> = {}, logs?: LogCapture): Promise<TestApi> {
  const ownerUrl = inject('databaseUrl');
  const notify = await startNotifyStub(0, DEV_NOTIFY_API_KEY);
  const config = loadConfig({
    NOTIFY_BASE_URL: notify.url,
    // One shared queue: only the file that checks notifications runs a worker, so no other API takes its jobs.
    RUN_WORKER: 'false',
    NODE_ENV: 'test',
    DATABASE_URL: ownerUrl,
    APP_DB_PASSWORD: 'lantern-app-test-password',
    SESSION_DB_PASSWORD: 'lantern-session-test-password',
    MASTER_SECRETS: 'test-session-secret-of-at-least-32-characters',
    VICTIM_STATUS_URL: 'http://localhost:5174/status.html',
    // As in production, behind a trusted proxy (the test clients connect from loopback): clients name their
    // address in X-Forwarded-For and the scheme in X-Forwarded-Proto.
    TRUST_PROXY: 'loopback',
    ...overrides,
  });
  const logger = logs ? createLogger('info', { write: (line: string) => void logs.lines.push(line) }) : createLogger('silent');
  const api = await startApi(config, logger, 0);
  const close = api.close.bind(api);
  return Object.assign(api, {
    config,
    ownerUrl,
    notify,
    close: async () => {
      await close();
      await notify.close();
    },
  });
}
