import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Logger } from 'pino';
import { NotifyClient } from 'notifications-node-client';
import type { Config } from '../../config.js';
import { NOTIFICATION_QUEUE } from '../../database/job-queue.js';
import type { PayloadSealer } from './sealed-payload.js';
import type { SealedMessage } from './notification.service.js';
import type { NotificationKind } from './notification-templates.js';

const MAX_ATTEMPTS = 8;

interface NotificationRow {
  id: string;
  reference: string;
  kind: NotificationKind;
  channel: 'EMAIL' | 'SMS';
  sealed_payload: string | null;
  state: string;
  attempts: number;
}

/** Sends queued notifications through GOV.UK Notify, retrying with backoff, recording delivery state. */
export class NotificationWorker {
  private readonly client: NotifyClient;

  constructor(
    private readonly boss: PgBoss,
    private readonly pool: pg.Pool,
    private readonly sealer: PayloadSealer,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    this.client = new NotifyClient(config.notify.baseUrl, config.notify.apiKey);
  }

  async start(): Promise<void> {
    await this.boss.work<{ notificationId: string }>(NOTIFICATION_QUEUE, { batchSize: 5, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await this.send(job.data.notificationId);
    });
  }

  async send(notificationId: string): Promise<void> {
    const { rows } = await this.pool.query<NotificationRow>('SELECT * FROM notifications WHERE id = $1', [notificationId]);
    const row = rows[0];
    if (!row || row.state !== 'QUEUED' || !row.sealed_payload) return;
    let message: SealedMessage;
    try {
      message = this.sealer.open<SealedMessage>(row.sealed_payload);
    } catch {
      // Sealed with another secret (the secret was rotated): it can never be sent.
      await this.pool.query(`UPDATE notifications SET state = 'FAILED', sealed_payload = NULL WHERE id = $1`, [row.id]);
      this.logger.error({ notificationId: row.id }, 'notification could not be opened');
      return;
    }
    const template = this.config.notify.templates[row.kind];
    const options = { personalisation: message.personalisation, reference: row.reference };
    try {
      const response =
        row.channel === 'SMS'
          ? await this.client.sendSms(template, message.to, options)
          : await this.client.sendEmail(template, message.to, options);
      await this.pool.query(
        `UPDATE notifications SET state = 'SENT', sent_at = now(), attempts = attempts + 1, provider_id = $2, sealed_payload = NULL WHERE id = $1`,
        [row.id, (response as { data?: { id?: string } }).data?.id ?? null],
      );
      this.logger.info({ notificationId: row.id, kind: row.kind }, 'notification sent');
    } catch (error) {
      const attempts = row.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await this.pool.query(
        `UPDATE notifications SET attempts = $2, state = $3, sealed_payload = CASE WHEN $3 = 'FAILED' THEN NULL ELSE sealed_payload END WHERE id = $1`,
        [row.id, attempts, failed ? 'FAILED' : 'QUEUED'],
      );
      this.logger.warn({ notificationId: row.id, kind: row.kind, attempts, status: (error as { response?: { status?: number } }).response?.status }, 'notification not sent');
      if (!failed) throw new Error('Notification not sent; it will be retried');
    }
  }
}
