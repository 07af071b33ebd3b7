import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { UserRepository } from '../../identity/user.repository.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { AllocateReferralInput } from './allocate-referral.input.js';

/** A partner manager allocates, or reallocates, an accepted referral to one of their advocates. */
export class AllocateReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly users: UserRepository,
  ) {}

  /**
   * Refuses with BAD_USER_INPUT an advocate who is not an active advocate of the manager's service, or the
   * advocate who already holds the referral.
   */
  allocate(actor: StaffActor, input: AllocateReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'ALLOCATE');
      const advocate = await this.users.findById(manager, input.advocateId);
      const problems = new InputProblems();
      if (!advocate || advocate.organisationId !== actor.viewer.organisationId || advocate.role !== 'ADVOCATE' || advocate.disabledAt) {
        problems.add('advocateId', 'Select an advocate from your service');
      } else if (advocate.id === referral.advocateId) {
        problems.add('advocateId', `This referral is already allocated to ${advocate.name}`);
      }
      problems.throwIfAny();
      const reallocating = referral.advocateId !== null;
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'ALLOCATE',
        {
          advocateId: advocate!.id,
          allocatedAt: new Date(),
          status: referral.status === 'ACCEPTED' ? 'ALLOCATED' : referral.status,
        },
        { kind: reallocating ? 'REALLOCATED' : 'ALLOCATED', summary: `${reallocating ? 'Reallocated' : 'Allocated'} to ${advocate!.name}` },
      );
    });
  }
}
