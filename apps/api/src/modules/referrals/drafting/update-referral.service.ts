import type { StaffActor } from '../../../common/auth/actor.js';
import { badInput, InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralChanges } from '../referral.repository.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { referralSentDue } from '../deadlines/referral-deadlines.js';
import type { UpdateReferralInput } from './update-referral.input.js';
import { checkDraftDates, clean, toVictimPart } from './victim-details.js';

/** An officer changes a draft referral. */
export class UpdateReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
  ) {}

  /**
   * Changes only the fields given; `victim`, when given, replaces the victim details. A new report date
   * moves the referral-sent deadline with it. `proposedServiceId` sets the service the draft is to go to, or
   * clears it when null. Refuses with BAD_USER_INPUT a proposed service that is not a partner service.
   */
  update(actor: StaffActor, input: UpdateReferralInput): Promise<ReferralEntity> {
    const problems = new InputProblems();
    checkDraftDates(problems, input.reportedAt, input.victim, new Date());
    problems.throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'UPDATE');
      const changes: ReferralChanges = {};
      if (input.crimeReference) changes.crimeReference = input.crimeReference.trim().toUpperCase();
      if (input.reportedAt) {
        changes.reportedAt = input.reportedAt;
        changes.referralSentDueAt = referralSentDue(input.reportedAt);
      }
      if (input.offenceClassifications) changes.offenceClassifications = input.offenceClassifications;
      if (input.fourIndicators) changes.fourIndicators = input.fourIndicators;
      if (input.suspectRelationship) changes.suspectRelationship = input.suspectRelationship;
      if (input.circumstances !== undefined) changes.circumstances = clean(input.circumstances);
      if (input.victim) changes.victim = toVictimPart(input.victim);
      if (input.proposedServiceId === null) changes.proposedServiceId = null;
      else if (input.proposedServiceId !== undefined) {
        const service = await this.organisations.findPartnerService(manager, input.proposedServiceId);
        if (!service) throw badInput([{ field: 'proposedServiceId', message: 'Select a service from the list' }]);
        changes.proposedServiceId = service.id;
      }
      return this.workflow.change(manager, actor, referral, input.expectedVersion, 'UPDATE', changes, null);
    });
  }
}
