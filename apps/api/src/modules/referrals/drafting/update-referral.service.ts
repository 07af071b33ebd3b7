import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
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
  ) {}

  /**
   * Changes only the fields given; `victim`, when given, replaces the victim details. A new report date
   * moves the referral-sent deadline with it.
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
      return this.workflow.change(manager, actor, referral, input.expectedVersion, 'UPDATE', changes, null);
    });
  }
}
