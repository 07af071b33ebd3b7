import type { StaffActor } from '../../common/auth/actor.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import type { ReferralWorkflow } from '../referrals/referral-workflow.js';
import { conflict } from '../../common/errors/app-error.js';
import type { VictimLinkRepository } from './victim-link.repository.js';

/** An officer revokes the victim's link, which also ends a victim session opened with it. */
export class RevokeVictimLinkService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly links: VictimLinkRepository,
  ) {}

  /**
   * Revokes the referral's link while it is active or locked. Refuses with INVALID_TRANSITION when there is
   * none (the REVOKE_VICTIM_LINK guard), and with CONFLICT when another revocation got there first.
   */
  revoke(actor: StaffActor, referralId: string): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, referralId, 'REVOKE_VICTIM_LINK');
      const revoked = await this.links.revokeActive(manager, referral.id);
      if (revoked === 0) throw conflict();
      await this.workflow.record(manager, actor, referral, { kind: 'VICTIM_LINK_REVOKED', summary: 'Secure status link revoked' });
      await this.workflow.audited(manager, actor, 'REVOKE_VICTIM_LINK', referral);
      return referral;
    });
  }
}
