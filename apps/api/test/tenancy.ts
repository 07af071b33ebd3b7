import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashSecret } from '../src/common/auth/password.js';
import { TEST_PASSWORD } from './graphql-client.js';

let passwordHash: Promise<string> | undefined;

export interface Tenancy {
  /** Unique suffix of this tenancy's names and areas. */
  readonly tag: string;
  readonly area: string;
  readonly otherArea: string;
  readonly force: { id: string; code: string };
  readonly otherForce: { id: string };
  /** Covers `area`. */
  readonly service: { id: string; name: string };
  /** Covers `area` too. */
  readonly secondService: { id: string; name: string };
  /** Covers only `otherArea`. */
  readonly otherService: { id: string; name: string };
  readonly users: Record<UserKey, { id: string; email: string; name: string }>;
}

export type UserKey =
  | 'officer'
  | 'officer2'
  | 'supervisor'
  | 'supervisor2'
  | 'manager'
  | 'advocate'
  | 'advocate2'
  | 'otherOfficer'
  | 'otherManager'
  | 'otherAdvocate';

const USERS: [UserKey, string, string][] = [
  ['officer', 'OFFICER', 'force'],
  ['officer2', 'OFFICER', 'force'],
  ['supervisor', 'SUPERVISOR', 'force'],
  ['supervisor2', 'SUPERVISOR', 'force'],
  ['manager', 'PARTNER_MANAGER', 'service'],
  ['advocate', 'ADVOCATE', 'service'],
  ['advocate2', 'ADVOCATE', 'service'],
  ['otherOfficer', 'OFFICER', 'otherForce'],
  ['otherManager', 'PARTNER_MANAGER', 'otherService'],
  ['otherAdvocate', 'ADVOCATE', 'otherService'],
];

/**
 * A fresh force, a second force, three services and their staff, with unique names, so a test file's data
 * never meets another's.
 */
export async function createTenancy(ownerUrl: string): Promise<Tenancy> {
  passwordHash ??= hashSecret(TEST_PASSWORD);
  const hash = await passwordHash;
  const tag = randomBytes(4).toString('hex');
  const area = `Area ${tag}`;
  const otherArea = `Other area ${tag}`;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const org = async (kind: string, name: string, code: string, areas: string[]) =>
      (
        await client.query<{ id: string }>(
          `INSERT INTO organisations (kind, name, code, areas, services_offered, description, phone, email)
           VALUES ($1, $2, $3, $4, $5, 'Test service', '01632 960999', 'test@example.test') RETURNING id`,
          [kind, name, code, areas, kind === 'PARTNER_SERVICE' ? ['STALKING_ADVOCACY'] : []],
        )
      ).rows[0].id;
    const force = { id: await org('POLICE_FORCE', `Force ${tag}`, `T${tag.toUpperCase()}`, [area]), code: `T${tag.toUpperCase()}` };
    const otherForce = { id: await org('POLICE_FORCE', `Other force ${tag}`, `O${tag.toUpperCase()}`, [otherArea]) };
    const service = { id: await org('PARTNER_SERVICE', `Service ${tag}`, 'SVC', [area]), name: `Service ${tag}` };
    const secondService = { id: await org('PARTNER_SERVICE', `Second service ${tag}`, 'SV2', [area]), name: `Second service ${tag}` };
    const otherService = { id: await org('PARTNER_SERVICE', `Other service ${tag}`, 'OSV', [otherArea]), name: `Other service ${tag}` };
    const orgIds: Record<string, string> = { force: force.id, otherForce: otherForce.id, service: service.id, otherService: otherService.id };
    const users = {} as Tenancy['users'];
    for (const [key, role, orgKey] of USERS) {
      const email = `${key.toLowerCase()}-${tag}@example.test`;
      const name = `${key[0].toUpperCase()}${key.slice(1)} ${tag}`;
      const row = await client.query<{ id: string }>(
        `INSERT INTO users (organisation_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [orgIds[orgKey], email, name, role, hash],
      );
      users[key] = { id: row.rows[0].id, email, name };
    }
    return { tag, area, otherArea, force, otherForce, service, secondService, otherService, users };
  } finally {
    await client.end();
  }
}
