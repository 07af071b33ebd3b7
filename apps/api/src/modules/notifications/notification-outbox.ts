import type { EntityManager } from 'typeorm';
import type { NotificationChannel } from '../../common/vocabularies.js';
import type { PayloadSealer } from './sealed-payload.js';
import { recipientHint, type NotificationKind } from './notification-templates.js';
import type { NotificationOutboxRepository, NotificationSubject } from './notification-outbox.repository.js';

/** A message a change causes: which template, how, to whom. */
export interface OutgoingMessage {
  readonly kind: NotificationKind;
  readonly channel: NotificationChannel;
  readonly to: string;
  /** Makes the message unique: a retried change never sends twice. */
  readonly reference: string;
  readonly personalisation?: Record<string, string>;
}

/** What is sealed in the outbox until the message is sent. */
export interface SealedMessage {
  to: string;
  personalisation: Record<string, string>;
}

/**
 * The transactional outbox: a message is queued in the same transaction as the change that causes it, with
 * its address and personalisation sealed (see PayloadSealer), and sent later by the NotificationWorker.
 */
export class NotificationOutbox {
  constructor(
    private readonly repository: NotificationOutboxRepository,
    private readonly sealer: PayloadSealer,
  ) {}

  /** Queues `message` about `subject` (a referral) in `manager`'s transaction. */
  async enqueue(manager: EntityManager, subject: NotificationSubject, message: OutgoingMessage): Promise<void> {
    const sealed = this.sealer.seal({ to: message.to, personalisation: message.personalisation ?? {} } satisfies SealedMessage);
    await this.repository.add(manager, subject, {
      reference: message.reference,
      kind: message.kind,
      channel: message.channel,
      sealedPayload: sealed,
      recipientHint: recipientHint(message.channel, message.to),
    });
  }
}
