import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../modules/identity/organisation.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { ReferralEntity } from '../modules/referrals/referral.entity.js';
import { ContactAttemptEntity } from '../modules/referrals/casework/contact-attempt.entity.js';
import { OrderBreachEntity } from '../modules/referrals/stalking-protection-order/order-breach.entity.js';
import { ReferralEventEntity } from '../modules/referrals/timeline/referral-event.entity.js';
import { SafeguardingUpdateEntity } from '../modules/safeguarding-updates/safeguarding-update.entity.js';
import { VictimLinkEntity } from '../modules/victim-links/victim-link.entity.js';
import { InitialSchema1764320000000 } from './migrations/1764320000000-initial-schema.js';
import { ApplicationRole1764320000001 } from './migrations/1764320000001-application-role.js';
import { Notifications1764320000002 } from './migrations/1764320000002-notifications.js';
import { ProposedService1764320000003 } from './migrations/1764320000003-proposed-service.js';
import { ScreeningInstrument1764320000004 } from './migrations/1764320000004-screening-instrument.js';
import { RowLevelSecurity1764320000010 } from './migrations/1764320000010-row-level-security.js';
import { EndVictimLinks1764320000020 } from './migrations/1764320000020-end-victim-links.js';
import { AuditAnchoring1764320000030 } from './migrations/1764320000030-audit-anchoring.js';
import { Retention1764320000031 } from './migrations/1764320000031-retention.js';
import { OneLiveVictimLink1764320000040 } from './migrations/1764320000040-one-live-victim-link.js';
import { SessionRole1764320000050 } from './migrations/1764320000050-session-role.js';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  ReferralEntity,
  OrderBreachEntity,
  ContactAttemptEntity,
  SafeguardingUpdateEntity,
  ReferralEventEntity,
  VictimLinkEntity,
];

export const MIGRATIONS = [
  InitialSchema1764320000000,
  ApplicationRole1764320000001,
  Notifications1764320000002,
  ProposedService1764320000003,
  ScreeningInstrument1764320000004,
  RowLevelSecurity1764320000010,
  EndVictimLinks1764320000020,
  AuditAnchoring1764320000030,
  Retention1764320000031,
  OneLiveVictimLink1764320000040,
  SessionRole1764320000050,
];

/**
 * A data source for `url`. The pool fails fast when PostgreSQL is unreachable, and every connection has
 * statement and idle-in-transaction timeouts.
 */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    extra: {
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      statement_timeout: 15000,
      idle_in_transaction_session_timeout: 30000,
      application_name: 'lantern-api',
    },
  });
}
