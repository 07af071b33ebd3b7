import type { StaffActor } from '../../../common/auth/actor.js';
import type { AuditService } from '../../../common/audit/audit.service.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralRepository } from '../referral.repository.js';
import { canSee } from '../referral-access.js';

/** Reading one referral. */
export class GetReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditService,
  ) {}

  /** The referral, or null when it does not exist or the actor may not see it (the read is audited either way). */
  get(actor: StaffActor, id: string): Promise<ReferralEntity | null> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.referrals.findById(manager, id);
      const visible = referral !== null && canSee(actor.viewer, referral);
      await this.audit.recordRead(manager, actor, { action: 'READ', entityType: 'referral', entityId: id, outcome: visible ? 'ALLOWED' : 'DENIED' });
      return visible ? referral : null;
    });
  }
}
