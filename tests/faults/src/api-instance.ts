import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { start, stopProcess, waitFor, type Started } from './processes.js';

/** The API's local runner, built by `npm run build -w @lantern/api` (turbo builds it before these tests). */
export const RUN_LOCAL = fileURLToPath(new URL('../../../apps/api/dist/dev/run-local.js', import.meta.url));

/** One API process on `port` against `databaseUrl` (no embedded database, its own Notify stub, no demo data unless `extraEnv` asks). */
export async function startApiInstance(name: string, port: number, databaseUrl: string, logDir: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; process: Started; stop(): Promise<void> }> {
  const process = start(name, ['node', RUN_LOCAL], {
    logDir,
    env: { DATABASE_URL: databaseUrl, API_PORT: String(port), NOTIFY_STUB_PORT: String(port + 100), SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...extraEnv },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${name} to listen`, async () => {
    if (process.child.exitCode !== null) throw new Error(`${name} exited: ${process.output()}`);
    return (await fetch(`${url}/healthz`)).ok;
  }, 60_000, 250);
  return { url, process, stop: () => stopProcess(process, 'SIGTERM') };
}

/** A browser-like GraphQL client with its own cookie jar. Network failures come back as `{ networkError }`. */
export class Client {
  private cookie = '';
  constructor(private readonly baseUrl: string) {}

  async request(query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[]; networkError?: string }> {
    try {
      const response = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-lantern-app': 'police', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) this.cookie = setCookie.split(';')[0];
      return (await response.json()) as { data?: any; errors?: { message: string }[] };
    } catch (error) {
      return { networkError: String(error) };
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const result = await this.request('mutation SignIn($input: SignInInput!) { signIn(input: $input) { role } }', { input: { email, password } });
    if (!(result.data as { signIn?: unknown } | undefined)?.signIn) throw new Error(`Sign-in failed: ${JSON.stringify(result)}`);
  }
}

export const CREATE_REFERRAL = 'mutation CreateReferral($input: CreateReferralInput!) { createReferral(input: $input) { id } }';

/** A new draft referral's input with a fresh idempotency key and a crime reference unique to it. */
export function draftInput(area: string): Record<string, unknown> & { idempotencyKey: string; crimeReference: string } {
  return {
    idempotencyKey: randomUUID(),
    crimeReference: `HA/${randomUUID().replace(/-/g, "").slice(0, 24)}`,
    reportedAt: new Date().toISOString(),
    offenceClassifications: ['STALKING_S2A'],
    fourIndicators: ['FIXATED', 'OBSESSIVE', 'UNWANTED', 'REPEATED'],
    suspectRelationship: 'EX_INTIMATE_PARTNER',
    circumstances: 'Load during a database failover.',
    victim: {
      firstName: 'Jo',
      lastName: 'Failover',
      area,
      safeContact: { phone: '07700 900123', voicemailSafe: false, preferredMethod: 'PHONE_CALL', safeTimes: 'Weekdays 9am to 1pm' },
    },
  };
}
