import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { NOTIFICATION_KINDS, type NotificationKind } from './modules/notifications/notification-templates.js';
import { CONFIG_VARIABLE_LIST, CONFIG_VARIABLES, DEV_NOTIFY_API_KEY, type ConfigVariable } from './config-variables.js';
import type { AuditKey } from './config-parsers.js';
import { ConfigReading, ConfigurationError, isSet, type ConfigurationProblem, type Env } from './config-reading.js';

export { DEV_NOTIFY_API_KEY, ConfigurationError, type ConfigurationProblem };

/**
 * The API's configuration: built once from the environment variables declared in `config-variables.ts`,
 * validated, frozen. The only reader of process.env. Serialised (JSON, pino, console) it shows the variables
 * read, with sensitive values hidden.
 */
export interface Config {
  readonly environment: 'development' | 'test' | 'production';
  readonly port: number;
  /** Owner connection: runs migrations. */
  readonly databaseUrl: string;
  /** Application connection: the API's role, which owns nothing. */
  readonly appDatabaseUrl: string;
  /** Audit signing keys, the signing one first (read only through `auditKeyring`, common/audit/audit-keys.ts). */
  readonly auditKeys: readonly AuditKey[];
  /** Months after a referral finishes before the retention job anonymises it. */
  readonly retentionMonths: number;
  /** The session store's connection: the `lantern_session` role, the only one that reads `sessions`. */
  readonly sessionDatabaseUrl: string;
  /** Master secrets, newest first: every key is derived from them (see `common/keys/keys.ts`). */
  readonly masterSecrets: readonly string[];
  /** Secure `__Host-` cookies: everywhere but development. */
  readonly cookieSecure: boolean;
  /** The proxies whose forwarded headers are believed (Express `trust proxy`); empty: none. */
  readonly trustProxy: readonly string[];
  readonly introspection: boolean;
  /** Apollo's landing page on GET /graphql: development only. */
  readonly landingPage: boolean;
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

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A role's URL on the owner URL's database (`role` with `password`), for a role's URL that is not given. */
export function roleUrlFrom(ownerUrl: string, role: 'lantern_app' | 'lantern_session', password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** Derives the application role's URL from the owner URL when it is not given. */
export function appUrlFrom(ownerUrl: string, password: string): string {
  return roleUrlFrom(ownerUrl, 'lantern_app', password);
}

/** Derives the session store role's URL from the owner URL when it is not given. */
export function sessionUrlFrom(ownerUrl: string, password: string): string {
  return roleUrlFrom(ownerUrl, 'lantern_session', password);
}

const summaries = new WeakMap<Config, Readonly<Record<string, string>>>();

/**
 * What may be logged of a configuration: each variable the API read, with its value and where a default or
 * production value applied, sensitive ones only as `[hidden]`. Empty for a configuration loadConfig did not make.
 */
export function configurationSummary(config: Config): Readonly<Record<string, string>> {
  return summaries.get(config) ?? {};
}

/**
 * Reads the API's variables; the environment comes first, from NODE_ENV, which has no default: unset or
 * invalid, the rest is checked as in production and the API does not start.
 */
function readApiVariables(env: Env): ConfigReading {
  const selector = new ConfigReading(env, 'development');
  const selected = selector.read(CONFIG_VARIABLES.NODE_ENV);
  const environment = selected ?? 'production';
  const reading = new ConfigReading(env, environment);
  const selectorValid = selected !== undefined;
  for (const variable of CONFIG_VARIABLE_LIST) if (variable.readBy === 'api' && (selectorValid || variable.name !== 'NODE_ENV')) reading.read(variable);
  if (!selectorValid) {
    const message = selector.problems[0]?.message ?? 'NODE_ENV must be set to `production`, `development` or `test`';
    throw new ConfigurationError([{ variable: 'NODE_ENV', message: `${message}; the rest was checked as in production` }, ...reading.problems], environment);
  }
  if (reading.problems.length > 0) throw new ConfigurationError(reading.problems, environment);
  return reading;
}

/**
 * Builds the API's configuration from environment variables (`process.env` by default), by the rules of
 * the table in `config-variables.ts`. NODE_ENV must say the environment. Defaults outside production; in
 * production every required variable set and none a published development value, demo data refused. Secure
 * cookies, no introspection and no landing page unless the environment is development.
 * @throws ConfigurationError naming every missing or invalid variable (never a sensitive value).
 */
export function loadConfig(env: Env = process.env): Config {
  const reading = readApiVariables(env);
  const value = <T>(variable: ConfigVariable<T>) => reading.must(variable);
  const v = CONFIG_VARIABLES;
  const environment = reading.environment;
  const databaseUrl = value(v.DATABASE_URL);
  const config: Config = {
    environment,
    port: value(v.API_PORT),
    databaseUrl,
    appDatabaseUrl: reading.read(v.APP_DATABASE_URL) ?? appUrlFrom(databaseUrl, value(v.APP_DB_PASSWORD)),
    auditKeys: value(v.AUDIT_SIGNING_KEYS),
    retentionMonths: value(v.RETENTION_MONTHS),
    sessionDatabaseUrl: reading.read(v.SESSION_DATABASE_URL) ?? sessionUrlFrom(databaseUrl, value(v.SESSION_DB_PASSWORD)),
    masterSecrets: value(v.MASTER_SECRETS),
    // What production does is the default; only development turns it off.
    cookieSecure: environment !== 'development',
    trustProxy: value(v.TRUST_PROXY),
    introspection: value(v.GRAPHQL_INTROSPECTION),
    landingPage: environment === 'development',
    seedDemoData: value(v.SEED_DEMO_DATA),
    victimStatusUrl: value(v.VICTIM_STATUS_URL),
    sessionIdleMinutes: value(v.SESSION_IDLE_MINUTES),
    sessionAbsoluteHours: value(v.SESSION_ABSOLUTE_HOURS),
    victimSessionMinutes: value(v.VICTIM_SESSION_MINUTES),
    logLevel: value(v.LOG_LEVEL),
    notify: Object.freeze({
      baseUrl: value(v.NOTIFY_BASE_URL),
      apiKey: value(v.NOTIFY_API_KEY),
      templates: Object.freeze(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, value(v[`NOTIFY_TEMPLATE_${kind}`])])) as Record<NotificationKind, string>),
    }),
    signInAttemptsPerAddress: value(v.SIGN_IN_ATTEMPTS_PER_ADDRESS),
    runWorker: value(v.RUN_WORKER),
  };
  const summary = Object.freeze(reading.shown);
  // Logged or printed by accident, a configuration shows its summary, never a secret.
  Object.defineProperty(config, 'toJSON', { value: () => summary });
  Object.defineProperty(config, inspect.custom, { value: () => summary });
  summaries.set(config, summary);
  return Object.freeze(config);
}

/** What the local runner (`npm start`, the browser tests) starts before the API, and the API's configuration. */
export interface LocalRunConfig {
  /** The port the API will listen on (API_PORT). */
  readonly apiPort: number;
  /** The embedded PostgreSQL to start, or null when DATABASE_URL names a database. */
  readonly embeddedDatabase: { readonly port: number; readonly dataDir: string | undefined; readonly throwaway: boolean } | null;
  /** The port of the Notify stub to start, or null when NOTIFY_BASE_URL names a Notify service. */
  readonly notifyStubPort: number | null;
  /** The API's configuration once those run (demo data on by default). Checked already: it does not throw. */
  apiConfig(started: { readonly databaseUrl?: string; readonly notifyBaseUrl?: string }): Config;
}

/**
 * Reads the local runner's variables and checks the API's before anything starts (with stand-ins for the
 * database and Notify stub still to be started), so a mistake is reported before a database is running.
 * @throws ConfigurationError naming every missing or invalid variable of either.
 */
export function loadLocalRunConfig(env: Env = process.env): LocalRunConfig {
  const reading = new ConfigReading(env, 'development');
  const v = CONFIG_VARIABLES;
  const startDatabase = !isSet(env, v.DATABASE_URL);
  const startNotifyStub = !isSet(env, v.NOTIFY_BASE_URL);
  const databasePort = startDatabase ? reading.read(v.EMBEDDED_PG_PORT) : undefined;
  const dataDir = startDatabase ? reading.read(v.LANTERN_DATA_DIR) : undefined;
  const throwaway = startDatabase ? reading.read(v.LANTERN_THROWAWAY_DB) : undefined;
  const notifyStubPort = startNotifyStub ? reading.read(v.NOTIFY_STUB_PORT) : undefined;
  const apiEnv = (started: { readonly databaseUrl?: string; readonly notifyBaseUrl?: string }): Env => ({
    // The local runner is development unless told otherwise: the API itself has no default mode.
    NODE_ENV: 'development',
    SEED_DEMO_DATA: 'true',
    ...env,
    ...(started.databaseUrl ? { DATABASE_URL: started.databaseUrl } : {}),
    ...(started.notifyBaseUrl ? { NOTIFY_BASE_URL: started.notifyBaseUrl } : {}),
  });
  let problems = [...reading.problems];
  let environment = reading.environment;
  let apiPort: number | undefined;
  try {
    const standIns = {
      databaseUrl: startDatabase ? 'postgres://localhost/lantern' : undefined,
      notifyBaseUrl: startNotifyStub ? 'http://localhost' : undefined,
    };
    apiPort = loadConfig(apiEnv(standIns)).port;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems = [...problems, ...error.problems];
    environment = error.environment;
  }
  if (problems.length > 0 || apiPort === undefined) throw new ConfigurationError(problems, environment);
  return {
    apiPort,
    embeddedDatabase: databasePort === undefined ? null : { port: databasePort, dataDir, throwaway: throwaway ?? false },
    notifyStubPort: notifyStubPort ?? null,
    apiConfig: (started) => loadConfig(apiEnv(started)),
  };
}
