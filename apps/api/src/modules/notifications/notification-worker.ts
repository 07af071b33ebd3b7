import type PgBoss from 'pg-boss';
import type { ScopedRead } from '../../common/database-scope.js';
import type { Logger } from 'pino';
import { NotifyClient } from 'notifications-node-client';
import type { Config } from '../../config.js';
import { NOTIFICATION_QUEUE } from '../../database/job-queue.js';
import type { PayloadSealer } from './sealed-payload.js';
import type { SealedMessage } from './notification-outbox.js';
import type { NotificationOutboxRepository } from './notification-outbox.repository.js';

/** Attempts before a message is given up on (FAILED). */
const MAX_ATTEMPTS = 8;

/** Sends queued notifications through GOV.UK Notify, retrying with backoff, recording delivery state. */
export class NotificationWorker {
  private readonly client: NotifyClient;

  constructor(
    private readonly boss: PgBoss,
    /** Runs work in the system scope (TransactionRunner.runAsSystem): the worker has no viewer. */
    private readonly system: ScopedRead,
    private readonly outbox: NotificationOutboxRepository,
    private readonly sealer: PayloadSealer,
    private readonly notify: Config['notify'],
    private readonly logger: Logger,
  ) {
    this.client = new NotifyClient(notify.baseUrl, notify.apiKey);
  }

  async start(): Promise<void> {
    await this.boss.work<{ notificationId: string }>(NOTIFICATION_QUEUE, { batchSize: 5, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await this.send(job.data.notificationId);
    });
  }

  /** Sends one queued message; throws (so the job is retried) when Notify did not take it and attempts remain. */
  async send(notificationId: string): Promise<void> {
    const row = await this.system((manager) => this.outbox.findPending(manager, notificationId));
    if (!row || row.state !== 'QUEUED' || !row.sealedPayload) return;
    let message: SealedMessage;
    try {
      message = this.sealer.open<SealedMessage>(row.sealedPayload);
    } catch {
      // Sealed with another secret (the secret was rotated): it can never be sent.
      await this.system((manager) => this.outbox.markUnsendable(manager, row.id));
      this.logger.error({ notificationId: row.id }, 'notification could not be opened');
      return;
    }
    const template = this.notify.templates[row.kind];
    const options = { personalisation: message.personalisation, reference: row.reference };
    try {
      const response =
        row.channel === 'SMS'
          ? await this.client.sendSms(template, message.to, options)
          : await this.client.sendEmail(template, message.to, options);
      await this.system((manager) => this.outbox.markSent(manager, row.id, (response as { data?: { id?: string } }).data?.id ?? null));
      this.logger.info({ notificationId: row.id, kind: row.kind }, 'notification sent');
    } catch (error) {
      const attempts = row.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await this.system((manager) => this.outbox.recordFailedAttempt(manager, row.id, attempts, failed ? 'FAILED' : 'QUEUED'));
      this.logger.warn({ notificationId: row.id, kind: row.kind, attempts, status: (error as { response?: { status?: number } }).response?.status }, 'notification not sent');
      if (!failed) throw new Error('Notification not sent; it will be retried');
    }
  }
}
