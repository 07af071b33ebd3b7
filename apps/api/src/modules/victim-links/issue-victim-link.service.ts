import { VICTIM_LINK_VALID_DAYS } from '@lantern/schema/limits';
import type { StaffActor } from '../../common/auth/actor.js';
import { hashSecret } from '../../common/auth/password.js';
import { badInput } from '../../common/errors/app-error.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { NotificationChannel } from '../../common/vocabularies.js';
import type { NotificationOutbox } from '../notifications/notification-outbox.js';
import type { ReferralWorkflow } from '../referrals/referral-workflow.js';
import type { VictimLinkRepository } from './victim-link.repository.js';
import { newAccessCode, newToken, tokenHash } from './victim-link-token.js';

/** A link as issued: the only time its token (in the URL's fragment) and its access code are seen. */
export interface IssuedLink {
  url: string;
  accessCode: string;
  expiresAt: Date;
}

/** An officer issues the victim a secure link to a plain-language view of their referral. */
export class IssueVictimLinkService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly links: VictimLinkRepository,
    private readonly outbox: NotificationOutbox,
    /** Where a victim opens their link, e.g. https://support.example/status.html */
    private readonly victimStatusUrl: string,
  ) {}

  /**
   * Issues a new link valid for 28 days (VICTIM_LINK_VALID_DAYS), revoking any earlier one, and sends it to
   * the victim's safe phone or e-mail when `sendBy` says so. Only hashes of the token and the code are kept.
   * Refuses with INVALID_TRANSITION when the victim has not consented and been told of the referral, and
   * with BAD_USER_INPUT when there is no safe phone or e-mail to send it to.
   */
  issue(actor: StaffActor, referralId: string, sendBy: NotificationChannel | null = null): Promise<IssuedLink> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, referralId, 'ISSUE_VICTIM_LINK');
      const contact = referral.victim.safeContact ?? {};
      const destination = sendBy === 'SMS' ? contact.phone : sendBy === 'EMAIL' ? contact.email : null;
      if (sendBy && !destination) {
        const missing = sendBy === 'SMS' ? 'a safe phone number' : 'a safe e-mail address';
        throw badInput([{ field: 'sendBy', message: `The victim has no ${missing} recorded. Choose another way to give them the link.` }]);
      }
      await this.links.revokeActive(manager, referral.id);
      const token = newToken();
      const accessCode = newAccessCode();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + VICTIM_LINK_VALID_DAYS * 24 * 60 * 60 * 1000);
      const linkId = await this.links.insert(manager, referral, {
        tokenHash: tokenHash(token),
        accessCodeHash: await hashSecret(accessCode),
        issuedById: actor.viewer.userId,
        issuedAt: now,
        expiresAt,
      });
      const url = `${this.victimStatusUrl}#t=${token}`;
      if (sendBy && destination) {
        await this.outbox.enqueue(manager, referral, {
          kind: 'VICTIM_LINK',
          channel: sendBy,
          to: destination,
          reference: `VICTIM_LINK:${linkId}`,
          personalisation: { link: url },
        });
      }
      const how = sendBy === 'SMS' ? ' by text message' : sendBy === 'EMAIL' ? ' by e-mail' : '';
      await this.workflow.record(manager, actor, referral, { kind: 'VICTIM_LINK_ISSUED', summary: `Secure status link issued to the victim${how}` });
      await this.workflow.audited(manager, actor, 'ISSUE_VICTIM_LINK', referral);
      return { url, accessCode, expiresAt };
    });
  }
}
