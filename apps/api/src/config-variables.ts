import { DEV_TEMPLATE_IDS, NOTIFICATION_KINDS, type NotificationKind } from './modules/notifications/notification-templates.js';
import { auditKeys, notifyApiKey, oneOf, port, positiveWholeNumber, proxyList, secretList, templateId, text, trueOrFalse, url, type Parser } from './config-parsers.js';

/**
 * Every environment variable Lantern's API reads, declared once as data: what it is for, what it accepts,
 * its default outside production, whether production must set it and whether it is a secret. `config.ts`
 * builds the API's configuration from this table; `.env.example` and `docs/configuration.md` are generated
 * from it (`npm run config:docs`), and a test checks that the deployment files carry every variable
 * production requires.
 */

/** The environments the API knows; `NODE_ENV` picks one. */
export const ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** One row of the table. Defaults and production values are written as text, exactly as an operator would set them. */
export interface VariableDefinition<T> {
  /** What the variable is for, in a sentence or two (it becomes a comment and a docs cell). */
  readonly description: string;
  readonly parser: Parser<T>;
  /** The text used when the variable is not set (or set empty), per environment. None: no value at all. */
  readonly defaults: Readonly<Partial<Record<Environment, string>>>;
  /** Production refuses to start without it (its default applies only in development and test). */
  readonly requiredInProduction: boolean;
  /** A secret: never logged, never printed, never in an error message, no value in `.env.example`. */
  readonly sensitive: boolean;
  /** Another name read when this one is not set (e.g. `PORT`, which many platforms assign). */
  readonly alias?: string;
  /** Production always uses this value: a different setting is refused (with the reason) or overridden. */
  readonly inProduction?: { readonly value: string; readonly otherwise: 'refused' | 'overridden'; readonly reason: string };
  /** Who reads it: the API in every environment, or only the local runner (`npm start`, the browser tests). */
  readonly readBy: 'api' | 'local-runner';
  /**
   * Published values of a secret (the defaults, the test suite's values), refused in production. For a
   * PostgreSQL URL, the password in it is compared.
   */
  readonly knownValues?: readonly string[];
}

/** A row of the table with its name. */
export type ConfigVariable<T = unknown> = VariableDefinition<T> & { readonly name: string };

/** A key of the form Notify issues: name, service id, secret. Only for the local stub. */
export const DEV_NOTIFY_API_KEY = 'lantern_dev-7c1b3a52-0000-4000-8000-000000000001-9d3e1f40-0000-4000-8000-000000000002';

/** The same default in every environment. */
const always = (value: string) => ({ development: value, test: value, production: value });
/** A default for development and test only. */
const outsideProduction = (value: string) => ({ development: value, test: value });

const postgresUrl = url(['postgres', 'postgresql']);
const webUrl = url(['http', 'https']);

/** Names each definition after its key. */
function table<D extends Record<string, VariableDefinition<unknown>>>(definitions: D): { readonly [K in keyof D & string]: D[K] & { readonly name: K } } {
  return Object.fromEntries(Object.entries(definitions).map(([name, definition]) => [name, { name, ...definition }])) as {
    [K in keyof D & string]: D[K] & { readonly name: K };
  };
}

/** One template id per notification kind, `NOTIFY_TEMPLATE_<KIND>`. */
function notifyTemplates(): Record<`NOTIFY_TEMPLATE_${NotificationKind}`, VariableDefinition<string>> {
  const describe: Record<NotificationKind, string> = {
    NEW_REFERRAL: 'a service is told a new referral is waiting',
    URGENT_UPDATE: 'an officer is told an urgent safeguarding update needs them',
    CONSENT_WITHDRAWN: 'a service is told consent was withdrawn and work must stop',
    VICTIM_LINK: 'a victim is sent their link to the status page',
  };
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [
      `NOTIFY_TEMPLATE_${kind}`,
      {
        description: `The GOV.UK Notify template for ${kind}: ${describe[kind]}.`,
        parser: templateId,
        defaults: outsideProduction(DEV_TEMPLATE_IDS[kind]),
        requiredInProduction: true,
        sensitive: false,
        readBy: 'api',
      },
    ]),
  ) as Record<`NOTIFY_TEMPLATE_${NotificationKind}`, VariableDefinition<string>>;
}

/** The table, in the order the docs list it. */
export const CONFIG_VARIABLES = table({
  NODE_ENV: {
    description: 'Which environment this is, always set: `production` in every deployment (the production rules), `development` on a workstation (`npm start` sets it), `test` in the test suites. Anything else, or nothing, stops the API.',
    parser: oneOf(ENVIRONMENTS),
    defaults: {},
    requiredInProduction: true,
    sensitive: false,
    readBy: 'api',
  },
  API_PORT: {
    description: 'The port the API listens on.',
    parser: port,
    defaults: always('4000'),
    requiredInProduction: false,
    sensitive: false,
    alias: 'PORT',
    readBy: 'api',
  },
  DATABASE_URL: {
    description:
      'The owner connection to PostgreSQL: runs the migrations and creates the `lantern_app` role. Locally, when it is not set, `npm start` runs an embedded PostgreSQL.',
    parser: postgresUrl,
    defaults: outsideProduction('postgres://postgres:postgres@localhost:54320/lantern'),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
    knownValues: ['postgres', 'password'],
  },
  APP_DB_PASSWORD: {
    description: 'The password of the `lantern_app` role, the application connection (the migrations set it).',
    parser: text,
    defaults: outsideProduction('lantern-app-dev-password'),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
    knownValues: ['lantern-app-test-password'],
  },
  APP_DATABASE_URL: {
    description: 'The application connection, when it differs from `DATABASE_URL` with the `lantern_app` role and `APP_DB_PASSWORD`.',
    parser: postgresUrl,
    defaults: {},
    requiredInProduction: false,
    sensitive: true,
    readBy: 'api',
    knownValues: ['lantern-app-dev-password', 'lantern-app-test-password'],
  },
  SESSION_DB_PASSWORD: {
    description: 'The password of the `lantern_session` role, the session store\'s own connection: the only role that can read the `sessions` table (the migrations set it).',
    parser: text,
    defaults: outsideProduction('lantern-session-dev-password'),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
    knownValues: ['lantern-session-test-password'],
  },
  SESSION_DATABASE_URL: {
    description: 'The session store\'s connection, when it differs from `DATABASE_URL` with the `lantern_session` role and `SESSION_DB_PASSWORD`.',
    parser: postgresUrl,
    defaults: {},
    requiredInProduction: false,
    sensitive: true,
    readBy: 'api',
    knownValues: ['lantern-session-dev-password', 'lantern-session-test-password'],
  },
  MASTER_SECRETS: {
    description: 'The master secrets every key is derived from (HKDF, one key per purpose: session cookies, sealed messages, audit chain, sign-in limits). Random, at least 32 characters, the same for every API instance. To rotate, put a new one first: what the older one signed or sealed still verifies until it is removed.',
    parser: secretList(32),
    defaults: outsideProduction('lantern-development-secret-never-used-in-production'),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
    knownValues: ['test-session-secret-of-at-least-32-characters'],
  },
  AUDIT_SIGNING_KEYS: {
    description:
      'Keys the audit log is chained and checkpointed with (HMAC-SHA256), as `id:secret` pairs separated by commas: the first signs new events, the others still verify older ones (rotation). Random, kept apart from the database.',
    parser: auditKeys,
    defaults: outsideProduction('dev1:lantern-development-audit-key-never-used-in-production'),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
  },
  RETENTION_MONTHS: {
    description:
      "Months after a referral is closed, withdrawn or declined before the retention job anonymises its personal data (unless under a legal hold). Set it to the force's own retention schedule.",
    parser: positiveWholeNumber,
    defaults: always('24'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  VICTIM_STATUS_URL: {
    description: 'The public address of the victim status page; victim links point here.',
    parser: webUrl,
    defaults: outsideProduction('http://localhost:5174/status.html'),
    requiredInProduction: true,
    sensitive: false,
    readBy: 'api',
  },
  TRUST_PROXY: {
    description: "The proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (client addresses for per-address limits, Secure cookies): addresses or CIDR ranges, or `loopback`. A request from anywhere else is keyed on its own address, whatever it sends.",
    parser: proxyList,
    defaults: outsideProduction('loopback'),
    requiredInProduction: true,
    sensitive: false,
    readBy: 'api',
  },
  GRAPHQL_INTROSPECTION: {
    description: 'Answer GraphQL introspection queries (tools such as a schema explorer need it).',
    parser: trueOrFalse,
    defaults: { development: 'true', test: 'false', production: 'false' },
    requiredInProduction: false,
    sensitive: false,
    inProduction: { value: 'false', otherwise: 'overridden', reason: 'production never describes its schema to callers' },
    readBy: 'api',
  },
  SEED_DEMO_DATA: {
    description: 'Load the demo organisations, users and referrals into an empty database. `npm start` and the browser tests turn it on.',
    parser: trueOrFalse,
    defaults: always('false'),
    requiredInProduction: false,
    sensitive: false,
    inProduction: { value: 'false', otherwise: 'refused', reason: 'demo data is never loaded in production' },
    readBy: 'api',
  },
  SESSION_IDLE_MINUTES: {
    description: "Minutes without a request after which a staff member's session ends.",
    parser: positiveWholeNumber,
    defaults: always('30'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  SESSION_ABSOLUTE_HOURS: {
    description: "Hours after sign-in after which a staff member's session ends however active it is.",
    parser: positiveWholeNumber,
    defaults: always('12'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  VICTIM_SESSION_MINUTES: {
    description: "Minutes a victim's status page session lasts after they open their link.",
    parser: positiveWholeNumber,
    defaults: always('15'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  SIGN_IN_ATTEMPTS_PER_ADDRESS: {
    description: 'Sign-in attempts allowed per client address in 15 minutes (an office shares one address behind its proxy).',
    parser: positiveWholeNumber,
    defaults: { development: '1000', test: '1000', production: '100' },
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  LOG_LEVEL: {
    description: 'How much the API logs (pino levels).',
    parser: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    defaults: { development: 'info', test: 'silent', production: 'info' },
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  RUN_WORKER: {
    description: 'Whether this process also works the job queue (sends notifications). Turn it off on instances that should only answer requests.',
    parser: trueOrFalse,
    defaults: always('true'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'api',
  },
  NOTIFY_BASE_URL: {
    description:
      'GOV.UK Notify\'s API, `https://api.notifications.service.gov.uk` in production. Locally, when it is not set, `npm start` runs a Notify-compatible stub.',
    parser: webUrl,
    defaults: outsideProduction('http://localhost:4090'),
    requiredInProduction: true,
    sensitive: false,
    readBy: 'api',
  },
  NOTIFY_API_KEY: {
    description: "The API key of Lantern's GOV.UK Notify service (a live key in production).",
    parser: notifyApiKey,
    defaults: outsideProduction(DEV_NOTIFY_API_KEY),
    requiredInProduction: true,
    sensitive: true,
    readBy: 'api',
    knownValues: [DEV_NOTIFY_API_KEY],
  },
  ...notifyTemplates(),
  EMBEDDED_PG_PORT: {
    description: 'The port of the embedded PostgreSQL that the local runner starts when `DATABASE_URL` is not set.',
    parser: port,
    defaults: always('54320'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'local-runner',
  },
  LANTERN_DATA_DIR: {
    description:
      "The embedded PostgreSQL's data folder. Unset: `.data/postgres` in the repository, or a folder in the system temp folder when the `postgres` user cannot reach that one.",
    parser: text,
    defaults: {},
    requiredInProduction: false,
    sensitive: false,
    readBy: 'local-runner',
  },
  LANTERN_THROWAWAY_DB: {
    description: 'Start the embedded PostgreSQL in a fresh data folder that is removed when it stops (the browser tests do).',
    parser: trueOrFalse,
    defaults: always('false'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'local-runner',
  },
  NOTIFY_STUB_PORT: {
    description: 'The port of the local Notify-compatible stub that the local runner starts when `NOTIFY_BASE_URL` is not set.',
    parser: port,
    defaults: always('4090'),
    requiredInProduction: false,
    sensitive: false,
    readBy: 'local-runner',
  },
});

/** A variable's name. */
export type VariableName = keyof typeof CONFIG_VARIABLES;

/** The table as a list, in its order. */
export const CONFIG_VARIABLE_LIST: readonly ConfigVariable[] = Object.values(CONFIG_VARIABLES);
