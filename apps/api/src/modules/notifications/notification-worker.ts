import type PgBoss from 'pg-boss';
import type { ScopedRead } from '../../common/database-scope.js';
import type { Logger } from 'pino';
import { NotifyClient } from 'notifications-node-client';
import type { Config } from '../../config.js';
import { NOTIFICATION_QUEUE } from '../../database/job-queue.js';
import type { PayloadSealer } from './sealed-payload.js';
import type { SealedMessage } from './notification-outbox.js';
import type { NotificationOutboxRepository, PendingNotification } from './notification-outbox.repository.js';

/** Attempts before a message is given up on (FAILED); matches the queue's `retryLimit` in job-queue.ts. */
const MAX_ATTEMPTS = 8;

/** The log field operators alert on (see docs/operations.md, Monitoring). */
export const NOTIFICATION_FAILED_ALERT = 'NOTIFICATION_FAILED';

/** A notification job as the worker reads it: `retryCount` > 0 when an earlier run may have sent it. */
interface NotificationJob {
  id: string;
  data: { notificationId: string };
  retryCount?: number;
}

/** The HTTP status Notify answered with, or undefined when no answer came (timeout, reset, refused). */
function notifyStatus(error: unknown): number | undefined {
  return (error as { response?: { status?: number } }).response?.status;
}

/**
 * True when Notify refused the message itself, so sending it again can never succeed: a 400 (validation,
 * e.g. a number that is not a UK mobile, a bad template). 403 (key), 429 (rate limit) and 5xx are retried.
 * Source: GOV.UK Notify API documentation, "Error codes" for POST /v2/notifications/{sms,email}.
 */
export function isPermanentNotifyFailure(error: unknown): boolean {
  return notifyStatus(error) === 400;
}

/**
 * Sends queued notifications through GOV.UK Notify, recording delivery state in the outbox.
 * Each job in a batch succeeds or fails on its own: the batch is sent concurrently, a job that fails is
 * failed alone (pg-boss retries it with backoff) and the others complete. A message Notify accepted is
 * never sent again: the outbox row's state is checked first, and a message that may have reached Notify
 * before (an earlier attempt or run) is first looked up by its `reference`.
 */
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
    await this.boss.work<{ notificationId: string }>(
      NOTIFICATION_QUEUE,
      { batchSize: 5, pollingIntervalSeconds: 1, includeMetadata: true },
      (jobs) => this.sendBatch(jobs),
    );
  }

  /**
   * Sends every job of a batch at once. Jobs whose send threw are failed one by one (retried by pg-boss);
   * the handler then resolves, so pg-boss completes only the jobs still active (the ones that succeeded).
   */
  async sendBatch(jobs: readonly NotificationJob[]): Promise<void> {
    const results = await Promise.allSettled(jobs.map((job) => this.send(job.data.notificationId, (job.retryCount ?? 0) > 0)));
    const failed = jobs.filter((_job, index) => results[index].status === 'rejected');
    for (const job of failed) {
      await this.boss.fail(NOTIFICATION_QUEUE, job.id, { message: 'Notification not sent; it will be retried' });
    }
  }

  /**
   * Sends one queued message. Throws (so the job is retried) when Notify did not take it for a reason that
   * may pass and attempts remain; returns when it was sent, was already sent, or failed for good (FAILED).
   * @param retried true when an earlier run of this job may have reached Notify.
   */
  async send(notificationId: string, retried = false): Promise<void> {
    const row = await this.system((manager) => this.outbox.findPending(manager, notificationId));
    if (!row || row.state !== 'QUEUED' || !row.sealedPayload) return;
    if ((retried || row.attempts > 0) && (await this.acceptedEarlier(row))) return;
    let message: SealedMessage;
    try {
      message = this.sealer.open<SealedMessage>(row.sealedPayload);
    } catch {
      // Sealed with another secret (the secret was rotated): it can never be sent.
      await this.system((manager) => this.outbox.markUnsendable(manager, row.id));
      this.logger.error({ alert: NOTIFICATION_FAILED_ALERT, notificationId: row.id, kind: row.kind }, 'notification could not be opened');
      return;
    }
    const template = this.notify.templates[row.kind];
    const options = { personalisation: message.personalisation, reference: row.reference };
    let providerId: string | null;
    try {
      const response =
        row.channel === 'SMS'
          ? await this.client.sendSms(template, message.to, options)
          : await this.client.sendEmail(template, message.to, options);
      providerId = (response as { data?: { id?: string } }).data?.id ?? null;
    } catch (error) {
      await this.recordFailure(row, error);
      return;
    }
    await this.system((manager) => this.outbox.markSent(manager, row.id, providerId));
    this.logger.info({ notificationId: row.id, kind: row.kind }, 'notification sent');
  }

  /**
   * True (and the row marked SENT) when Notify already holds a message with the row's reference, e.g. it
   * accepted an earlier attempt whose answer was lost. A failed lookup throws, so the job is retried.
   */
  private async acceptedEarlier(row: PendingNotification): Promise<boolean> {
    const response = await this.client.getNotifications(row.channel === 'SMS' ? 'sms' : 'email', undefined, row.reference);
    const found = (response.data.notifications ?? []).find((n) => n.reference === row.reference);
    if (!found) return false;
    await this.system((manager) => this.outbox.markSent(manager, row.id, found.id));
    this.logger.info({ notificationId: row.id, kind: row.kind }, 'notification found already sent');
    return true;
  }

  /** Counts a failed send; FAILED (and an alert) when permanent or out of attempts, else throws to retry. */
  private async recordFailure(row: PendingNotification, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const permanent = isPermanentNotifyFailure(error);
    const failed = permanent || attempts >= MAX_ATTEMPTS;
    await this.system((manager) => this.outbox.recordFailedAttempt(manager, row.id, attempts, failed ? 'FAILED' : 'QUEUED'));
    const fields = { notificationId: row.id, kind: row.kind, attempts, status: notifyStatus(error) };
    if (!failed) {
      this.logger.warn(fields, 'notification not sent');
      throw new Error('Notification not sent; it will be retried');
    }
    this.logger.error({ ...fields, alert: NOTIFICATION_FAILED_ALERT, permanent }, 'notification failed for good');
  }
}
