import pg from 'pg';
import { pino } from 'pino';
import { startJobQueue } from '../../job-runner.js';
import { PayloadSealer } from '../../modules/notifications/sealed-payload.js';
import { Keyring } from '../../common/keys/keys.js';
import type { Config } from '../../config.js';
import { hashSecret } from '../../common/auth/password.js';
import { createDataSource } from '../data-source.js';
import { createRepositories } from '../../repositories.js';
import { auditKeyring } from '../../common/audit/audit-keys.js';
import { createServices } from '../../services.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisations.js';
import { DemoReferrals } from './demo-referrals.js';
import { actingAs } from './seed-context.js';
import { acceptanceDue } from '../../modules/referrals/deadlines/referral-deadlines.js';

const DAY = 24 * 3600_000;

/** Loads the demo organisations, sign-ins and referrals into an empty database. Never in production. */
export async function seedDemoDataIfEmpty(config: Config): Promise<boolean> {
  if (config.environment === 'production') throw new Error('Demo data is never loaded in production');
  const owner = new pg.Client({ connectionString: config.databaseUrl });
  await owner.connect();
  try {
    const existing = await owner.query('SELECT 1 FROM organisations LIMIT 1');
    if (existing.rowCount) return false;
    const ids: Record<string, string> = {};
    for (const org of DEMO_ORGANISATIONS) {
      const row = await owner.query<{ id: string }>(
        `INSERT INTO organisations (kind, name, code, areas, services_offered, description, phone, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [org.kind, org.name, org.code, org.areas, org.servicesOffered, org.description, org.phone, org.email],
      );
      ids[org.key] = row.rows[0].id;
    }
    const passwordHash = await hashSecret(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      const row = await owner.query<{ id: string }>(
        `INSERT INTO users (organisation_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [ids[user.organisation], user.email, user.name, user.role, passwordHash],
      );
      ids[user.key] = row.rows[0].id;
    }
    await seedReferrals(config, ids);
    await backdate(owner);
    return true;
  } finally {
    await owner.end();
  }
}

async function seedReferrals(config: Config, ids: Record<string, string>): Promise<void> {
  const dataSource = createDataSource(config.appDatabaseUrl, { poolSize: 3 });
  await dataSource.initialize();
  const pool = new pg.Pool({ connectionString: config.appDatabaseUrl, max: 2 });
  const keyring = new Keyring(config.masterSecrets);
  try {
    const boss = await startJobQueue(config.appDatabaseUrl, pino({ level: 'silent' }), false);
    const auditKeys = auditKeyring(config);
    const services = createServices(createRepositories(boss, auditKeys), {
      dataSource,
      auditKeys,
      pool,
      sealer: new PayloadSealer(keyring),
      keyring,
      config: { victimStatusUrl: config.victimStatusUrl, signInAttemptsPerAddress: 100, retentionMonths: config.retentionMonths },
    });
    const contexts = Object.fromEntries(
      await Promise.all(DEMO_USERS.map(async (u) => [u.key, await actingAs(services, ids[u.key])] as const)),
    );
    const demo = new DemoReferrals((key) => contexts[key], services, ids);

    const draft = await demo.draft('officer', 'EA/14022/26', { firstName: 'Hannah', lastName: 'Wright', area: 'Eastshire South', phone: '07700 900101' });
    await demo.screen('officer', draft, 'MEDIUM', 5);
    await demo.draft('officer', 'EA/13877/26', { firstName: 'Maya', lastName: 'Collins', area: 'Eastborough', phone: '07700 900102' }, 5);
    let noConsent = await demo.draft('officer', 'EA/14101/26', { firstName: 'Rosa', lastName: 'Fernandes', area: 'Eastshire North', phone: '07700 900103' });
    noConsent = await demo.screen('officer', noConsent, 'HIGH', 9);
    await services.recordConsent.record(contexts.officer, {
      referralId: noConsent.id,
      expectedVersion: noConsent.version,
      given: false,
      victimAwareOfReferral: false,
      withoutConsent: {
        reason: 'The victim is too frightened to engage at present and asked for time.',
        safeguardingBasis: 'Suspect breached bail twice this week; high risk of serious harm.',
      },
    });

    await demo.submitted('officer', 'EA/13550/26', { firstName: 'Chloe', lastName: 'Bennett', area: 'Eastshire North', phone: '07700 900104' }, 'esas');
    await demo.submitted('officer', 'EA/14210/26', { firstName: 'Aisha', lastName: 'Khan', area: 'Eastshire South', phone: '07700 900105' }, 'esas', 'HIGH');
    const accepted = await demo.submitted('officer', 'EA/13999/26', { firstName: 'Laura', lastName: 'Price', area: 'Eastborough', phone: '07700 900106' }, 'esas');
    await demo.accepted(accepted, 'manager');

    let allocated = await demo.submitted('officer', 'EA/13612/26', { firstName: 'Nadia', lastName: 'Bell', area: 'Eastshire South', phone: '07700 900107' }, 'esas', 'HIGH');
    allocated = await demo.accepted(allocated, 'manager');
    await demo.allocated(allocated, 'manager', 'advocate');

    let active = await demo.submitted('officer', 'EA/12904/26', { firstName: 'Emma', lastName: 'Jones', area: 'Eastshire North', phone: '07700 900108' }, 'esas', 'HIGH');
    active = await demo.accepted(active, 'manager');
    active = await demo.allocated(active, 'manager', 'advocate');
    active = await demo.contacted(active, 'advocate');
    active = await demo.update(active, 'advocate', {
      kind: 'SUPPORT_PLAN_NOTE',
      text: 'Safety plan agreed. We will call you every Tuesday during your safe time.',
      police: false,
      victim: true,
    });
    await demo.update(active, 'advocate', {
      kind: 'NEW_INCIDENT',
      text: 'Victim reports the suspect waited outside her workplace on Monday evening. CCTV may be available.',
      police: true,
      victim: false,
    });

    let second = await demo.submitted('officer', 'EA/13105/26', { firstName: 'Jade', lastName: 'Turner', area: 'Eastborough', phone: '07700 900109' }, 'esas');
    second = await demo.accepted(second, 'manager');
    second = await demo.allocated(second, 'manager', 'advocate2');
    await demo.contacted(second, 'advocate2');

    const declined = await demo.submitted('officer', 'EA/12850/26', { firstName: 'Zoe', lastName: 'Hall', area: 'Eastshire North', phone: '07700 900110' }, 'esas');
    await services.declineReferral.decline(contexts.manager, {
      referralId: declined.id,
      expectedVersion: declined.version,
      reason: 'ALREADY_SUPPORTED',
      note: 'Already supported by our team under an earlier referral.',
    });

    let closed = await demo.submitted('officer', 'EA/12011/26', { firstName: 'Beth', lastName: 'Ward', area: 'Eastshire South', phone: '07700 900111' }, 'esas');
    closed = await demo.accepted(closed, 'manager');
    closed = await demo.allocated(closed, 'manager', 'advocate');
    closed = await demo.contacted(closed, 'advocate');
    await services.closeReferral.close(contexts.advocate, {
      referralId: closed.id,
      expectedVersion: closed.version,
      outcome: 'ENGAGED_AND_SUPPORTED',
      reason: 'Support plan completed; the victim feels safer and knows how to get back in touch.',
    });

    const withdrawn = await demo.submitted('officer', 'EA/13300/26', { firstName: 'Ella', lastName: 'Green', area: 'Eastborough', phone: '07700 900112' }, 'esas');
    await services.withdrawConsent.withdraw(contexts.officer, {
      referralId: withdrawn.id,
      expectedVersion: withdrawn.version,
      reason: 'The victim has moved in with family and does not want support at the moment.',
    });

    await demo.submitted('westOfficer', 'WS/55012/26', { firstName: 'Megan', lastName: 'Lloyd', area: 'Westshire Coast', phone: '07700 900201' }, 'wa');
    await demo.draft('westOfficer', 'WS/55190/26', { firstName: 'Carys', lastName: 'Powell', area: 'Westbury', phone: '07700 900202' });
    await boss.stop({ graceful: true, wait: true });
  } finally {
    await pool.end();
    await dataSource.destroy();
  }
}

/** Moves one sent referral back in time, so the demo shows an overdue acceptance. */
async function backdate(owner: pg.Client): Promise<void> {
  const threeDays = new Date(Date.now() - 3 * DAY);
  await owner.query(
    `UPDATE referrals SET submitted_at = $1, created_at = $1, acceptance_due_at = $2 WHERE crime_reference = 'EA/13550/26'`,
    [threeDays, acceptanceDue(threeDays)],
  );
}
