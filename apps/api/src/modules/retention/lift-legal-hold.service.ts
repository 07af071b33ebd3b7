import type { AuditService } from '../../common/audit/audit.service.js';
import type { StaffActor } from '../../common/auth/actor.js';
import { denied, forbidden, notFound } from '../../common/errors/app-error.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { RetentionRepository } from './retention.repository.js';

/**
 * A police supervisor lifts the legal hold on one of their force's referrals: the retention job may then
 * anonymise it when due. Audited (`LIFT_LEGAL_HOLD`); refuses as PlaceLegalHoldService does.
 */
export class LiftLegalHoldService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly retention: RetentionRepository,
    private readonly audit: AuditService,
  ) {}

  lift(actor: StaffActor, referralId: string): Promise<void> {
    return this.tx.run(actor, async (manager) => {
      const entry = { action: 'LIFT_LEGAL_HOLD', entityType: 'referral', entityId: referralId };
      if (actor.viewer.role !== 'SUPERVISOR') throw denied(forbidden(), entry);
      if (!(await this.retention.liftHold(manager, referralId, actor.viewer.organisationId))) throw denied(notFound(), entry);
      await this.audit.record(manager, actor, entry);
    });
  }
}
