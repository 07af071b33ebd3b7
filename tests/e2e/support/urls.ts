/**
 * Where the servers started by the e2e run listen. Every spec imports its URLs from here, never hard-codes
 * them. Ports are dedicated to e2e runs (so they never clash with `npm start` on 4000/5173/5174) and can be
 * moved with environment variables.
 */
function port(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a port number, not "${value}"`);
  return parsed;
}

export const PORTS = {
  api: port('E2E_API_PORT', 4100),
  postgres: port('E2E_PG_PORT', 54330),
  police: port('E2E_POLICE_PORT', 5273),
  partner: port('E2E_PARTNER_PORT', 5274),
  /** The local GOV.UK Notify stub the API starts (it records the messages instead of sending them). */
  notify: port('E2E_NOTIFY_PORT', 4190),
} as const;

/** The API itself (for test data set-up through GraphQL and for /readyz). */
export const API_URL = process.env.E2E_API_URL ?? `http://localhost:${PORTS.api}`;
/** The police app (vite preview of apps/police/dist), which proxies /graphql to API_URL. */
export const POLICE_URL = process.env.E2E_POLICE_URL ?? `http://localhost:${PORTS.police}`;
/** The partner app (vite preview of apps/partner/dist), which proxies /graphql to API_URL. */
export const PARTNER_URL = process.env.E2E_PARTNER_URL ?? `http://localhost:${PORTS.partner}`;
/** The victim status page, an entry of the partner app. Victim links issued in e2e runs point here. */
export const VICTIM_STATUS_URL = `${PARTNER_URL}/status.html`;
