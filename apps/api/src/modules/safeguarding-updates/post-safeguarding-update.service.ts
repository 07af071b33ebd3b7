import { randomUUID } from 'node:crypto';
import { isUrgentUpdate } from '@lantern/schema/safeguarding-update-urgency';
import { SAFEGUARDING_UPDATE_KINDS } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../common/auth/actor.js';
import { InputProblems } from '../../common/errors/app-error.js';
import type { IdempotencyRepository } from '../../common/idempotency.repository.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { UserRepository } from '../identity/user.repository.js';
import type { NotificationOutbox } from '../notifications/notification-outbox.js';
import type { ReferralRepository } from '../referrals/referral.repository.js';
import type { ReferralWorkflow } from '../referrals/referral-workflow.js';
import { assertVisible } from '../referrals/referral-access.js';
import type { PostSafeguardingUpdateInput } from './post-safeguarding-update.input.js';
import type { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';
import type { SafeguardingUpdateRepository } from './safeguarding-update.repository.js';

/** An advocate or partner manager posts a safeguarding update for the officer in the case. */
export class PostSafeguardingUpdateService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly referrals: ReferralRepository,
    private readonly updates: SafeguardingUpdateRepository,
    private readonly users: UserRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * Posts the update, storing whether it is urgent (`isUrgentUpdate` in packages/schema: it needs police
   * action, is of a kind that is always urgent, or raises the risk level); an urgent update e-mails the
   * officer in the case. A change of risk sets the
   * referral's risk level. A retry with the same idempotency key returns the same update.
   */
  post(actor: StaffActor, input: PostSafeguardingUpdateInput): Promise<SafeguardingUpdateEntity> {
    const viewer = actor.viewer;
    if (input.kind === 'RISK_CHANGE') {
      new InputProblems().require('newRiskLevel', input.newRiskLevel, 'Select the new risk level').throwIfAny();
    }
    const { idempotencyKey, expectedVersion: _version, ...payload } = input;
    void _version;
    return this.tx.run(actor, async (manager) => {
      const id = randomUUID();
      const claim = await this.idempotency.claim(manager, {
        userId: viewer.userId,
        operation: 'postSafeguardingUpdate',
        key: idempotencyKey,
        payload,
        resultId: id,
      });
      if (claim.kind === 'replay') {
        const earlier = await this.updates.findById(manager, claim.resultId);
        if (!earlier) throw new Error(`Missing safeguarding update ${claim.resultId}`);
        assertVisible(viewer, await this.referrals.findById(manager, earlier.referralId), 'POST_SAFEGUARDING_UPDATE', earlier.referralId);
        return earlier;
      }
      const referral = await this.workflow.load(manager, actor, input.referralId, 'POST_SAFEGUARDING_UPDATE');
      const urgent = isUrgentUpdate({
        kind: input.kind,
        needsPoliceAction: input.needsPoliceAction,
        newRiskLevel: input.newRiskLevel,
        riskLevelBefore: referral.riskLevel,
      });
      await this.updates.insert(manager, referral, {
        id,
        kind: input.kind,
        text: input.text.trim(),
        newRiskLevel: input.newRiskLevel ?? null,
        needsPoliceAction: input.needsPoliceAction,
        urgent,
        visibleToVictim: input.visibleToVictim,
        postedById: viewer.userId,
        postedAt: new Date(),
        acknowledgedById: null,
        acknowledgedAt: null,
      });
      if (urgent) {
        const officer = await this.users.findById(manager, referral.officerId);
        if (!officer) throw new Error(`Missing officer ${referral.officerId}`);
        await this.outbox.enqueue(manager, referral, {
          kind: 'URGENT_UPDATE',
          channel: 'EMAIL',
          to: officer.email,
          reference: `URGENT_UPDATE:${id}`,
        });
      }
      const label = SAFEGUARDING_UPDATE_KINDS.labels[input.kind];
      await this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'POST_SAFEGUARDING_UPDATE',
        input.newRiskLevel ? { riskLevel: input.newRiskLevel } : {},
        { kind: urgent ? 'URGENT_UPDATE' : 'UPDATE', summary: `Safeguarding update: ${label}${urgent ? ' (urgent: needs police acknowledgement)' : ''}` },
      );
      return (await this.updates.findById(manager, id))!;
    });
  }
}
