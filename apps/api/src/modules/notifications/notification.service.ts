import type { EntityManager } from 'typeorm';
import type PgBoss from 'pg-boss';
import { NOTIFICATION_QUEUE } from '../../database/job-queue.js';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import type { PayloadSealer } from './sealed-payload.js';
import { recipientHint, type NotificationChannel, type NotificationKind } from './notification-templates.js';

export interface OutgoingMessage {
  readonly kind: NotificationKind;
  readonly channel: NotificationChannel;
  readonly to: string;
  /** Makes the message unique: a retried change never sends twice. */
  readonly reference: string;
  readonly personalisation?: Record<string, string>;
}

export interface SealedMessage {
  to: string;
  personalisation: Record<string, string>;
}

/** The transactional outbox: a message is queued in the same transaction as the change that causes it. */
export class NotificationService {
  constructor(
    private readonly boss: PgBoss,
    private readonly sealer: PayloadSealer,
  ) {}

  async enqueue(manager: EntityManager, referral: ReferralEntity, message: OutgoingMessage): Promise<void> {
    const sealed = this.sealer.seal({ to: message.to, personalisation: message.personalisation ?? {} } satisfies SealedMessage);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (reference, referral_id, police_force_id, partner_service_id, kind, channel, sealed_payload, recipient_hint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [message.reference, referral.id, referral.policeForceId, referral.partnerServiceId, message.kind, message.channel, sealed, recipientHint(message.channel, message.to)],
    );
    if (rows.length === 0) return;
    await this.boss.send(NOTIFICATION_QUEUE, { notificationId: rows[0]!.id }, {
      singletonKey: message.reference,
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) },
    });
  }
}
