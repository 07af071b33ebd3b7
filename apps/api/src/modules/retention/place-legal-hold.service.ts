import type { AuditService } from '../../common/audit/audit.service.js';
import type { StaffActor } from '../../common/auth/actor.js';
import { denied, forbidden, notFound } from '../../common/errors/app-error.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { RetentionRepository } from './retention.repository.js';

/**
 * A police supervisor puts one of their force's referrals under a legal hold (e.g. a pending prosecution or
 * a complaint): the retention job then keeps its personal data until the hold is lifted. Audited
 * (`PLACE_LEGAL_HOLD`). Refuses FORBIDDEN to anyone but a supervisor, NOT_FOUND for another force's
 * referral or none (both audited as denied).
 */
export class PlaceLegalHoldService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly retention: RetentionRepository,
    private readonly audit: AuditService,
  ) {}

  place(actor: StaffActor, referralId: string): Promise<void> {
    return this.tx.run(actor, async (manager) => {
      const entry = { action: 'PLACE_LEGAL_HOLD', entityType: 'referral', entityId: referralId };
      if (actor.viewer.role !== 'SUPERVISOR') throw denied(forbidden(), entry);
      if (!(await this.retention.placeHold(manager, referralId, actor.viewer.organisationId, actor.viewer.userId))) throw denied(notFound(), entry);
      await this.audit.record(manager, actor, entry);
    });
  }
}
