import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrganisationEntity } from './modules/identity/organisation.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import {
  ContactAttemptEntity,
  OrderBreachEntity,
  ReferralEventEntity,
  SafeguardingUpdateEntity,
} from './modules/referrals/referral-records.entity.js';
import { VictimLinkEntity } from './modules/victim-links/victim-link.entity.js';

export interface NotificationRow {
  id: string;
  referralId: string;
  kind: 'NEW_REFERRAL' | 'URGENT_UPDATE' | 'CONSENT_WITHDRAWN' | 'VICTIM_LINK';
  channel: 'EMAIL' | 'SMS';
  recipientHint: string;
  state: 'QUEUED' | 'SENT' | 'FAILED';
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T extends { referralId: string }>(rows: T[], ids: readonly string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(row.referralId)?.push(row);
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * Per-request batch loaders. They read committed data, so resolvers map a changed referral after its
 * transaction has committed.
 */
export function createLoaders(dataSource: DataSource) {
  const m = dataSource.manager;
  return {
    users: new DataLoader<string, UserEntity | null>(async (ids) =>
      byId(await m.findBy(UserEntity, { id: In([...ids]) }), ids),
    ),
    organisations: new DataLoader<string, OrganisationEntity | null>(async (ids) =>
      byId(await m.findBy(OrganisationEntity, { id: In([...ids]) }), ids),
    ),
    contactAttempts: new DataLoader<string, ContactAttemptEntity[]>(async (ids) =>
      groupBy(await m.find(ContactAttemptEntity, { where: { referralId: In([...ids]) }, order: { attemptedAt: 'ASC' } }), ids),
    ),
    safeguardingUpdates: new DataLoader<string, SafeguardingUpdateEntity[]>(async (ids) =>
      groupBy(await m.find(SafeguardingUpdateEntity, { where: { referralId: In([...ids]) }, order: { postedAt: 'DESC' } }), ids),
    ),
    events: new DataLoader<string, ReferralEventEntity[]>(async (ids) =>
      groupBy(await m.find(ReferralEventEntity, { where: { referralId: In([...ids]) }, order: { at: 'DESC' } }), ids),
    ),
    breaches: new DataLoader<string, OrderBreachEntity[]>(async (ids) =>
      groupBy(await m.find(OrderBreachEntity, { where: { referralId: In([...ids]) }, order: { occurredOn: 'DESC' } }), ids),
    ),
    latestVictimLink: new DataLoader<string, VictimLinkEntity | null>(async (ids) => {
      const links = await m.find(VictimLinkEntity, { where: { referralId: In([...ids]) }, order: { issuedAt: 'DESC' } });
      return ids.map((id) => links.find((link) => link.referralId === id) ?? null);
    }),
    notifications: new DataLoader<string, NotificationRow[]>(async (ids) => {
      const rows: NotificationRow[] = await m.query(
        `SELECT id, referral_id AS "referralId", kind, channel, recipient_hint AS "recipientHint", state, attempts,
                created_at AS "createdAt", sent_at AS "sentAt"
         FROM notifications WHERE referral_id = ANY($1) ORDER BY created_at DESC`,
        [[...ids]],
      );
      return groupBy(rows, ids);
    }),
    caseloads: new DataLoader<string, number>(async (ids) => {
      const rows: { advocate_id: string; open: string }[] = await m.query(
        `SELECT advocate_id, count(*) AS open FROM referrals
         WHERE advocate_id = ANY($1) AND status IN ('ALLOCATED', 'IN_CONTACT') GROUP BY advocate_id`,
        [[...ids]],
      );
      return ids.map((id) => Number(rows.find((row) => row.advocate_id === id)?.open ?? 0));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
