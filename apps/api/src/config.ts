import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_TEMPLATE_IDS, NOTIFICATION_KINDS, type NotificationKind } from './modules/notifications/notification-templates.js';

/** The only reader of process.env. Validated once, frozen, fails fast in production. */
export interface Config {
  readonly environment: 'development' | 'test' | 'production';
  readonly port: number;
  /** Owner connection: runs migrations. */
  readonly databaseUrl: string;
  /** Application connection: the API's role, which owns nothing. */
  readonly appDatabaseUrl: string;
  readonly sessionSecret: string;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly introspection: boolean;
  readonly seedDemoData: boolean;
  /** Where a victim opens their link, e.g. https://support.example/status.html */
  readonly victimStatusUrl: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly victimSessionMinutes: number;
  readonly logLevel: string;
  /** GOV.UK Notify, or the local Notify-compatible stub outside production. */
  readonly notify: { readonly baseUrl: string; readonly apiKey: string; readonly templates: Readonly<Record<NotificationKind, string>> };
  /** Sign-in attempts allowed per address in 15 minutes (an office shares one address behind its proxy). */
  readonly signInAttemptsPerAddress: number;
  /** Whether this process also works the job queue (sending notifications). */
  readonly runWorker: boolean;
}

/** A key of the form Notify issues: name, service id, secret. Only for the local stub. */
export const DEV_NOTIFY_API_KEY = 'lantern_dev-7c1b3a52-0000-4000-8000-000000000001-9d3e1f40-0000-4000-8000-000000000002';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type Env = Record<string, string | undefined>;

function required(env: Env, name: string, production: boolean, fallback: string): string {
  const value = env[name];
  if (value) return value;
  if (production) throw new Error(`Configuration error: ${name} must be set in production`);
  return fallback;
}

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Configuration error: ${name} must be a positive whole number`);
  return value;
}

/** Derives the application role's URL from the owner URL when it is not given. */
export function appUrlFrom(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = 'lantern_app';
  url.password = password;
  return url.toString();
}

export function loadConfig(env: Env = process.env): Config {
  const environment = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = environment === 'production';
  const databaseUrl = required(env, 'DATABASE_URL', production, 'postgres://postgres:postgres@localhost:54320/lantern');
  const appPassword = required(env, 'APP_DB_PASSWORD', production, 'lantern-app-dev-password');
  const seedDemoData = env.SEED_DEMO_DATA === 'true';
  if (production && seedDemoData) throw new Error('Configuration error: demo data is never loaded in production');
  const sessionSecret = required(env, 'SESSION_SECRET', production, 'lantern-development-secret-never-used-in-production');
  if (sessionSecret.length < 32) throw new Error('Configuration error: SESSION_SECRET must be at least 32 characters');
  return Object.freeze({
    environment,
    port: int(env, 'API_PORT', int(env, 'PORT', 4000)),
    databaseUrl,
    appDatabaseUrl: env.APP_DATABASE_URL ?? appUrlFrom(databaseUrl, appPassword),
    sessionSecret,
    cookieSecure: production,
    trustProxy: env.TRUST_PROXY === 'true' || production,
    introspection: !production && env.GRAPHQL_INTROSPECTION !== 'false',
    seedDemoData,
    victimStatusUrl: required(env, 'VICTIM_STATUS_URL', production, 'http://localhost:5174/status.html'),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12),
    victimSessionMinutes: int(env, 'VICTIM_SESSION_MINUTES', 15),
    logLevel: env.LOG_LEVEL ?? (environment === 'test' ? 'silent' : 'info'),
    notify: {
      baseUrl: required(env, 'NOTIFY_BASE_URL', production, 'http://localhost:4090'),
      apiKey: required(env, 'NOTIFY_API_KEY', production, DEV_NOTIFY_API_KEY),
      templates: Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => [kind, required(env, `NOTIFY_TEMPLATE_${kind}`, production, DEV_TEMPLATE_IDS[kind])]),
      ) as Record<NotificationKind, string>,
    },
    runWorker: env.RUN_WORKER !== 'false',
    signInAttemptsPerAddress: int(env, 'SIGN_IN_ATTEMPTS_PER_ADDRESS', production ? 100 : 1000),
  });
}
