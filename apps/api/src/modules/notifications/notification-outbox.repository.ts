import type { EntityManager } from 'typeorm';
import type PgBoss from 'pg-boss';
import { NOTIFICATION_QUEUE } from '../../database/job-queue.js';
import type { NotificationChannel, NotificationState } from '../../common/vocabularies.js';
import type { NotificationKind } from './notification-templates.js';

/** A message in the outbox, as staff may see it: never its address or content. */
export interface NotificationRow {
  id: string;
  referralId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientHint: string;
  state: NotificationState;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

/** A message waiting to be sent, with its sealed address and personalisation. */
export interface PendingNotification {
  id: string;
  reference: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  sealedPayload: string | null;
  state: NotificationState;
  attempts: number;
}

/** The tenancy of the referral a message is about, stored with the message. */
export interface NotificationSubject {
  readonly id: string;
  readonly policeForceId: string;
  readonly partnerServiceId: string | null;
}

/** A new message for the outbox. */
export interface NewNotification {
  readonly reference: string;
  readonly kind: NotificationKind;
  readonly channel: NotificationChannel;
  readonly sealedPayload: string;
  readonly recipientHint: string;
}

/** The only reader and writer of the `notifications` outbox and of its delivery jobs. */
export class NotificationOutboxRepository {
  constructor(private readonly boss: PgBoss) {}

  /**
   * Adds a message and its delivery job in `manager`'s transaction. A message whose reference is already in
   * the outbox is not added again (a retried change never sends twice); returns whether it was added.
   */
  async add(manager: EntityManager, subject: NotificationSubject, message: NewNotification): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (reference, referral_id, police_force_id, partner_service_id, kind, channel, sealed_payload, recipient_hint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [message.reference, subject.id, subject.policeForceId, subject.partnerServiceId, message.kind, message.channel, message.sealedPayload, message.recipientHint],
    );
    const added = rows[0];
    if (!added) return false;
    await this.boss.send(NOTIFICATION_QUEUE, { notificationId: added.id }, {
      singletonKey: message.reference,
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query<unknown[]>(text, values) }) },
    });
    return true;
  }

  /** The messages about each of `referralIds`, newest first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<NotificationRow[]> {
    return manager.query(
      `SELECT id, referral_id AS "referralId", kind, channel, recipient_hint AS "recipientHint", state, attempts,
              created_at AS "createdAt", sent_at AS "sentAt"
       FROM notifications WHERE referral_id = ANY($1) ORDER BY created_at DESC`,
      [[...referralIds]],
    );
  }

  /** A message by id, for the worker sending it. */
  async findPending(manager: EntityManager, id: string): Promise<PendingNotification | null> {
    const rows: PendingNotification[] = await manager.query(
      `SELECT id, reference, kind, channel, sealed_payload AS "sealedPayload", state, attempts FROM notifications WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Records the delivery to Notify and forgets the address. */
  async markSent(manager: EntityManager, id: string, providerId: string | null): Promise<void> {
    await manager.query(
      `UPDATE notifications SET state = 'SENT', sent_at = now(), attempts = attempts + 1, provider_id = $2, sealed_payload = NULL WHERE id = $1`,
      [id, providerId],
    );
  }

  /** Gives up on a message that can never be sent, and forgets its address. */
  async markUnsendable(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE notifications SET state = 'FAILED', sealed_payload = NULL WHERE id = $1`, [id]);
  }

  /** Counts a failed attempt; a message given up on (FAILED) forgets its address. */
  async recordFailedAttempt(manager: EntityManager, id: string, attempts: number, state: NotificationState): Promise<void> {
    await manager.query(
      `UPDATE notifications SET attempts = $2, state = $3, sealed_payload = CASE WHEN $3 = 'FAILED' THEN NULL ELSE sealed_payload END WHERE id = $1`,
      [id, attempts, state],
    );
  }
}
