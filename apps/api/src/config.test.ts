import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configurationSummary, ConfigurationError, DEV_NOTIFY_API_KEY, loadConfig, loadLocalRunConfig } from './config.js';
import { CONFIG_VARIABLE_LIST } from './config-variables.js';
import { DEV_TEMPLATE_IDS } from './modules/notifications/notification-templates.js';

const requiredInProduction = CONFIG_VARIABLE_LIST.filter((variable) => variable.requiredInProduction && variable.name !== 'NODE_ENV').map((variable) => variable.name);

/** A complete production environment, with values no default has. */
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://owner:owner-password-1@db.internal:5432/lantern',
  APP_DB_PASSWORD: 'app-password-2',
  AUDIT_SIGNING_KEYS: 'k2026:a-production-audit-signing-key-of-40-chars',
  SESSION_DB_PASSWORD: 'session-password-3',
  MASTER_SECRETS: 'a-production-master-secret-of-40-chars!!!',
  TRUST_PROXY: '10.0.0.0/8',
  VICTIM_STATUS_URL: 'https://support.example.gov.uk/status.html',
  NOTIFY_BASE_URL: 'https://api.notifications.service.gov.uk',
  NOTIFY_API_KEY: 'lantern_live-11111111-2222-4333-8444-555555555555-66666666-7777-4888-8999-000000000000',
  NOTIFY_TEMPLATE_NEW_REFERRAL: 'aaaaaaaa-0000-4000-8000-000000000001',
  NOTIFY_TEMPLATE_URGENT_UPDATE: 'aaaaaaaa-0000-4000-8000-000000000002',
  NOTIFY_TEMPLATE_CONSENT_WITHDRAWN: 'aaaaaaaa-0000-4000-8000-000000000003',
  NOTIFY_TEMPLATE_VICTIM_LINK: 'aaaaaaaa-0000-4000-8000-000000000004',
};

const dev = { NODE_ENV: 'development' };

/** The error loadConfig throws for an environment (fails the test when it does not throw). */
function refusal(env: Record<string, string>, load: (env: Record<string, string>) => unknown = loadConfig): ConfigurationError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig outside production', () => {
  it('runs on defaults alone when NODE_ENV says development', () => {
    const config = loadConfig(dev);
    expect(config).toMatchObject({
      environment: 'development',
      port: 4000,
      databaseUrl: 'postgres://postgres:postgres@localhost:54320/lantern',
      appDatabaseUrl: 'postgres://lantern_app:lantern-app-dev-password@localhost:54320/lantern',
      sessionDatabaseUrl: 'postgres://lantern_session:lantern-session-dev-password@localhost:54320/lantern',
      cookieSecure: false,
      trustProxy: ['loopback'],
      introspection: true,
      landingPage: true,
      seedDemoData: false,
      victimStatusUrl: 'http://localhost:5174/status.html',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      victimSessionMinutes: 15,
      logLevel: 'info',
      signInAttemptsPerAddress: 1000,
      runWorker: true,
      notify: { baseUrl: 'http://localhost:4090', apiKey: DEV_NOTIFY_API_KEY, templates: DEV_TEMPLATE_IDS },
    });
    expect(config.masterSecrets).toHaveLength(1);
  });

  it('logs nothing in tests unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('treats an empty value as not set', () => {
    expect(loadConfig({ ...dev, API_PORT: '', SEED_DEMO_DATA: '', RUN_WORKER: '', APP_DATABASE_URL: '' })).toMatchObject({
      port: 4000,
      seedDemoData: false,
      runWorker: true,
      appDatabaseUrl: 'postgres://lantern_app:lantern-app-dev-password@localhost:54320/lantern',
    });
  });

  it('reads PORT when API_PORT is not set, and API_PORT first', () => {
    expect(loadConfig({ ...dev, PORT: '8080' }).port).toBe(8080);
    expect(loadConfig({ ...dev, PORT: '8080', API_PORT: '4001' }).port).toBe(4001);
  });

  it('refuses a master secret shorter than 32 characters in every environment', () => {
    expect(refusal({ ...dev, MASTER_SECRETS: 'too-short' }).message).toContain('MASTER_SECRETS must be one to three secrets of at least 32 characters');
  });

  it('returns a frozen configuration', () => {
    const config = loadConfig(dev);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.notify.templates)).toBe(true);
  });
});

describe('loadConfig in production', () => {
  it('names every missing required variable at once', () => {
    const error = refusal({ NODE_ENV: 'production' });
    expect(error.problems.map((problem) => problem.variable)).toEqual(requiredInProduction);
    expect(requiredInProduction).toHaveLength(13);
    for (const name of requiredInProduction) expect(error.message).toContain(`${name} must be set in production`);
  });

  it('starts with every required variable set, behind a proxy, without introspection, with Secure cookies', () => {
    const config = loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' });
    expect(config).toMatchObject({
      environment: 'production',
      cookieSecure: true,
      trustProxy: ['10.0.0.0/8'],
      introspection: false,
      landingPage: false,
      seedDemoData: false,
      signInAttemptsPerAddress: 100,
      logLevel: 'info',
      appDatabaseUrl: 'postgres://lantern_app:app-password-2@db.internal:5432/lantern',
      sessionDatabaseUrl: 'postgres://lantern_session:session-password-3@db.internal:5432/lantern',
    });
  });

  it('never loads demo data', () => {
    expect(refusal({ ...production, SEED_DEMO_DATA: 'true' }).message).toContain('SEED_DEMO_DATA must be false in production: demo data is never loaded in production');
    expect(loadConfig({ ...production, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
  });

  it('refuses an unknown NODE_ENV and checks the rest as in production', () => {
    const error = refusal({ NODE_ENV: 'prod' });
    expect(error.problems[0]?.message).toContain('NODE_ENV must be one of `development`, `test`, `production` (it is "prod")');
    expect(error.problems.map((problem) => problem.variable)).toEqual(['NODE_ENV', ...requiredInProduction]);
  });
});

describe('invalid values', () => {
  it('refuses a bad number, naming the variable and the value', () => {
    const error = refusal({ ...dev, API_PORT: 'abc', SESSION_IDLE_MINUTES: '0', VICTIM_SESSION_MINUTES: '1.5', SIGN_IN_ATTEMPTS_PER_ADDRESS: '-3' });
    expect(error.problems.map((problem) => problem.variable)).toEqual(['API_PORT', 'SESSION_IDLE_MINUTES', 'VICTIM_SESSION_MINUTES', 'SIGN_IN_ATTEMPTS_PER_ADDRESS']);
    expect(error.message).toContain('API_PORT must be a port number (1 to 65535) (it is "abc")');
    expect(error.message).toContain('SESSION_IDLE_MINUTES must be a whole number above zero (it is "0")');
  });

  it('refuses a switch that is neither true nor false, a bad URL, level or template id', () => {
    const error = refusal({ ...dev, RUN_WORKER: 'yes', VICTIM_STATUS_URL: 'support.example/status', LOG_LEVEL: 'loud', NOTIFY_TEMPLATE_VICTIM_LINK: 'victim-link' });
    expect(error.problems.map((problem) => problem.variable)).toEqual(['VICTIM_STATUS_URL', 'LOG_LEVEL', 'RUN_WORKER', 'NOTIFY_TEMPLATE_VICTIM_LINK']);
  });

  it('never puts a sensitive value in an error message', () => {
    const secrets = {
      DATABASE_URL: 'not a url but s3cret-owner-password',
      APP_DATABASE_URL: 'mysql://lantern_app:s3cret-app-password@db/lantern',
      MASTER_SECRETS: 's3cret-but-short',
      NOTIFY_API_KEY: 's3cret-notify-key-in-the-wrong-shape',
    };
    const error = refusal({ ...production, ...secrets });
    expect(error.problems.map((problem) => problem.variable).sort()).toEqual(Object.keys(secrets).sort());
    for (const secret of Object.values(secrets)) expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain('s3cret');
  });
});

describe('what may be logged of a configuration', () => {
  const config = loadConfig(production);
  const sensitive = [
    production.DATABASE_URL,
    production.APP_DB_PASSWORD,
    production.SESSION_DB_PASSWORD,
    production.MASTER_SECRETS,
    production.AUDIT_SIGNING_KEYS,
    production.NOTIFY_API_KEY,
    config.appDatabaseUrl,
    config.sessionDatabaseUrl,
  ];

  it('shows each variable, sensitive ones hidden', () => {
    const summary = configurationSummary(config);
    expect(summary).toMatchObject({
      NODE_ENV: 'production',
      DATABASE_URL: '[hidden]',
      MASTER_SECRETS: '[hidden]',
      API_PORT: '4000 (default)',
      TRUST_PROXY: '10.0.0.0/8',
      NOTIFY_TEMPLATE_VICTIM_LINK: 'aaaaaaaa-0000-4000-8000-000000000004',
    });
    expect(Object.keys(summary)).toEqual(CONFIG_VARIABLE_LIST.filter((variable) => variable.readBy === 'api').map((variable) => variable.name));
  });

  it('hides secrets however the configuration is serialised or printed', () => {
    for (const printed of [JSON.stringify(config), JSON.stringify({ config }), inspect(config), JSON.stringify(configurationSummary(config))]) {
      for (const secret of sensitive) expect(printed).not.toContain(secret);
    }
    expect(config.masterSecrets).toEqual([production.MASTER_SECRETS]);
  });
});

describe('loadLocalRunConfig', () => {
  it('starts an embedded PostgreSQL and the Notify stub, and turns demo data on', () => {
    const local = loadLocalRunConfig({});
    expect(local).toMatchObject({ apiPort: 4000, embeddedDatabase: { port: 54320, dataDir: undefined, throwaway: false }, notifyStubPort: 4090 });
    const config = local.apiConfig({ databaseUrl: 'postgres://postgres:pw@localhost:54999/lantern', notifyBaseUrl: 'http://localhost:4999' });
    expect(config).toMatchObject({ seedDemoData: true, databaseUrl: 'postgres://postgres:pw@localhost:54999/lantern', notify: { baseUrl: 'http://localhost:4999' } });
  });

  it('uses the database and Notify it is given instead', () => {
    const local = loadLocalRunConfig({ DATABASE_URL: 'postgres://owner@db:5432/lantern', NOTIFY_BASE_URL: 'http://notify:4090', SEED_DEMO_DATA: 'false' });
    expect(local).toMatchObject({ embeddedDatabase: null, notifyStubPort: null });
    expect(local.apiConfig({})).toMatchObject({ databaseUrl: 'postgres://owner@db:5432/lantern', seedDemoData: false });
  });

  it("reports its own and the API's problems together, before anything starts", () => {
    const error = refusal({ EMBEDDED_PG_PORT: 'x', LANTERN_THROWAWAY_DB: 'maybe', SESSION_IDLE_MINUTES: 'soon' }, loadLocalRunConfig);
    expect(error.problems.map((problem) => problem.variable)).toEqual(['EMBEDDED_PG_PORT', 'LANTERN_THROWAWAY_DB', 'SESSION_IDLE_MINUTES']);
  });
});

describe('the table of variables', () => {
  it('names each variable once, in capitals', () => {
    const names = CONFIG_VARIABLE_LIST.flatMap((variable) => [variable.name, ...(variable.alias ? [variable.alias] : [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('has defaults its own parsers accept, and none in production for what production requires', () => {
    for (const variable of CONFIG_VARIABLE_LIST) {
      for (const text of [...Object.values(variable.defaults), ...(variable.inProduction ? [variable.inProduction.value] : [])]) {
        expect(variable.parser.parse(text), `${variable.name}: ${text}`).toMatchObject({ ok: true });
      }
      if (variable.requiredInProduction && variable.name !== 'NODE_ENV') expect(variable.defaults.production, variable.name).toBeUndefined();
    }
  });

  it('marks every secret sensitive', () => {
    const sensitive = CONFIG_VARIABLE_LIST.filter((variable) => variable.sensitive).map((variable) => variable.name);
    expect(sensitive).toEqual(['DATABASE_URL', 'APP_DB_PASSWORD', 'APP_DATABASE_URL', 'SESSION_DB_PASSWORD', 'SESSION_DATABASE_URL', 'MASTER_SECRETS', 'AUDIT_SIGNING_KEYS', 'NOTIFY_API_KEY']);
  });
});

describe('configuration that fails closed', () => {
  it('refuses to start when NODE_ENV is not set or empty, naming it, and checks the rest as in production', () => {
    for (const env of [{}, { NODE_ENV: '' }] as Record<string, string>[]) {
      const error = refusal(env);
      expect(error.problems[0]).toEqual({ variable: 'NODE_ENV', message: 'NODE_ENV must be set to `production`, `development` or `test`; the rest was checked as in production' });
      expect(error.environment).toBe('production');
    }
  });

  it.each([
    ['MASTER_SECRETS', 'lantern-development-secret-never-used-in-production'],
    ['MASTER_SECRETS', 'test-session-secret-of-at-least-32-characters'],
    ['MASTER_SECRETS', 'a-new-production-master-secret-of-40-chars,lantern-development-secret-never-used-in-production'],
    ['APP_DB_PASSWORD', 'lantern-app-dev-password'],
    ['APP_DB_PASSWORD', 'lantern-app-test-password'],
    ['SESSION_DB_PASSWORD', 'lantern-session-dev-password'],
    ['NOTIFY_API_KEY', DEV_NOTIFY_API_KEY],
    ['DATABASE_URL', 'postgres://postgres:postgres@db.internal:5432/lantern'],
    ['APP_DATABASE_URL', 'postgres://lantern_app:lantern-app-dev-password@db.internal:5432/lantern'],
    ['SESSION_DATABASE_URL', 'postgres://lantern_session:lantern-session-test-password@db.internal:5432/lantern'],
  ])('refuses to start in production when %s is a published development or test value', (variable, value) => {
    const error = refusal({ ...production, [variable]: value });
    expect(error.problems).toEqual([{ variable, message: `${variable} is a published development or test value: set a secret of this deployment's own` }]);
    expect(error.message).not.toContain(value);
  });

  it('accepts the development values in development and test, where they are meant to be', () => {
    for (const NODE_ENV of ['development', 'test']) expect(loadConfig({ NODE_ENV, APP_DB_PASSWORD: 'lantern-app-test-password' }).environment).toBe(NODE_ENV);
  });

  it('keeps Secure cookies, no introspection and no landing page in test as in production: only development turns them off', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ cookieSecure: true, introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ cookieSecure: false, introspection: true, landingPage: true });
  });

  it('refuses to trust every proxy hop, in every environment, and needs the proxies named in production', () => {
    for (const value of ['true', '1', '10.0.0.0/33', 'proxy.internal']) {
      expect(refusal({ ...dev, TRUST_PROXY: value }).problems.map((problem) => problem.variable)).toEqual(['TRUST_PROXY']);
    }
    const { TRUST_PROXY: _unset, ...withoutProxies } = production;
    void _unset;
    expect(refusal(withoutProxies).problems).toEqual([{ variable: 'TRUST_PROXY', message: 'TRUST_PROXY must be set in production' }]);
    expect(loadConfig({ ...dev, TRUST_PROXY: '10.1.2.3, 192.168.0.0/16, ::1' }).trustProxy).toEqual(['10.1.2.3', '192.168.0.0/16', '::1']);
    expect(loadConfig({ ...dev, TRUST_PROXY: 'none' }).trustProxy).toEqual([]);
  });

  it('reads master secrets newest first for rotation, refusing more than three or one listed twice', () => {
    const [newest, older] = ['n'.repeat(32), 'o'.repeat(32)];
    expect(loadConfig({ ...dev, MASTER_SECRETS: `${newest}, ${older}` }).masterSecrets).toEqual([newest, older]);
    expect(refusal({ ...dev, MASTER_SECRETS: ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(32)).join(',') }).problems[0]?.variable).toBe('MASTER_SECRETS');
    expect(refusal({ ...dev, MASTER_SECRETS: `${newest},${newest}` }).message).toContain('MASTER_SECRETS must not list the same secret twice');
  });

  it('runs the local runner as development unless NODE_ENV says otherwise', () => {
    expect(loadLocalRunConfig({}).apiConfig({}).environment).toBe('development');
    expect(refusal({ NODE_ENV: 'production' }, loadLocalRunConfig).environment).toBe('production');
  });
});
